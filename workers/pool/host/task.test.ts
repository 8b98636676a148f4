import { describe, expect, it } from "vitest";
import { CompileError, TaskError } from "../../../common/errors";
import { GpuRefusedError } from "../../../common/gpu/refused";
import { type EditableTask, taskDiagnostics, taskFor } from "./task";

const primes: EditableTask = { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] };

describe("taskFor", () => {
  it("sends the kernel's name while the code is as authored", () => {
    expect(taskFor(primes, null, "countPrimes")).toBe("countPrimes");
  });

  it("sends the reader's file and the export to run once edited", () => {
    expect(taskFor(primes, "export function countPrimes() {}", "countPrimes")).toEqual({
      source: "export function countPrimes() {}",
      entry: "countPrimes",
    });
  });

  it("refuses a kernel the experiment did not declare editable, edited or not", () => {
    expect(() => taskFor({ source: "workers/shaders/poly.wgsl" }, null, "timesTen")).toThrow(
      /not among/,
    );
    expect(() => taskFor(primes, null, "timesTen")).toThrow(/not among/);
    expect(() => taskFor(undefined, null, "countPrimes")).toThrow(/not among/);
  });
});

describe("taskDiagnostics", () => {
  it("puts a compile error at its line and column", () => {
    expect(taskDiagnostics(new CompileError("Unexpected token", 15, 15))).toEqual([
      { line: 15, column: 15, message: "Unexpected token" },
    ]);
  });

  it("puts a task's error at the line that threw", () => {
    expect(taskDiagnostics(new TaskError(3, "no sevens", "stack", 6))).toEqual([
      { line: 6, column: null, message: "Task 3 threw: no sevens" },
    ]);
  });

  it("puts each WGSL compile error at the line and column the GPU worker reported", () => {
    const message = [
      "The shader did not compile:",
      "workers/shaders/poly.wgsl:19:15: error: unresolved value 'y'",
      "workers/shaders/poly.wgsl:20:3: error: expected ';'",
    ].join("\n");
    expect(taskDiagnostics(new GpuRefusedError("compile", message))).toEqual([
      { line: 19, column: 15, message: "unresolved value 'y'" },
      { line: 20, column: 3, message: "expected ';'" },
    ]);
  });

  it("gives nothing to mark for errors outside the reader's code", () => {
    expect(taskDiagnostics(new GpuRefusedError("too-large", "x.wgsl:1:1: error: no"))).toEqual([]);
    expect(taskDiagnostics(new TaskError(0, "built-in kernel failed", "stack"))).toEqual([]);
    expect(taskDiagnostics(new CompileError("no position", null, null))).toEqual([]);
    expect(taskDiagnostics(new Error("the pool was terminated"))).toEqual([]);
  });
});
