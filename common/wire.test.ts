import { describe, expect, it } from "vitest";
import { CompileError, TaskError, WorkerCrashedError } from "./errors";
import { decodeFailure, encodeFailure } from "./wire";

/** A stack as V8 writes it for code a worker evaluated, thrown at line `line` of that code. */
const evalStack = (line: number) =>
  `Error: boom\n    at polyLoop (eval at compileFunction (worker.js:1:9), <anonymous>:${line}:5)`;

describe("encodeFailure", () => {
  it("passes a compile error on with its line and column", () => {
    expect(encodeFailure(new CompileError("Unexpected token", 3, 7))).toEqual({
      type: "compile-failed",
      message: "Unexpected token",
      line: 3,
      column: 7,
    });
  });

  it("finds the line of the reader's code a throw came from, and none from elsewhere", () => {
    const fromReader = new Error("boom");
    fromReader.stack = evalStack(17);
    expect(encodeFailure(fromReader)).toMatchObject({ type: "threw", name: "Error", line: 17 });
    expect(encodeFailure(new RangeError("no room"))).toMatchObject({
      type: "threw",
      name: "RangeError",
      message: "no room",
      line: null,
    });
  });
});

describe("decodeFailure", () => {
  it("turns a compile failure into a CompileError at its line and column", () => {
    const error = decodeFailure({
      type: "compile-failed",
      message: "Unexpected",
      line: 4,
      column: 9,
    });
    expect(error).toBeInstanceOf(CompileError);
    expect(error).toMatchObject({ compilerMessage: "Unexpected", line: 4, column: 9 });
  });

  it("makes a task's throw a TaskError naming the task, with the line it came from", () => {
    const threw = { type: "threw", name: "Error", message: "boom", stack: "", line: 2 } as const;
    const error = decodeFailure(threw, { task: 3 });
    expect(error).toBeInstanceOf(TaskError);
    expect(error.message).toBe("Task 3 failed: boom (line 2)");
    expect(decodeFailure({ ...threw, line: null }, { task: 3 })).toBeInstanceOf(TaskError);
  });

  it("makes a throw from the reader's code in a dedicated worker a TaskError, any other a plain error", () => {
    const threw = { type: "threw", name: "Error", message: "boom", stack: "", line: 17 } as const;
    expect(decodeFailure(threw)).toMatchObject({ name: "TaskError", line: 17 });
    const elsewhere = decodeFailure({ ...threw, line: null });
    expect(elsewhere).not.toBeInstanceOf(TaskError);
    expect(elsewhere.message).toBe("Error: boom");
  });

  it("explains a result that cannot be sent back, keeping the browser's DataCloneError", () => {
    const error = decodeFailure(
      {
        type: "uncloneable",
        message: "() => 1 could not be cloned.",
        path: "result",
        what: "a function",
      },
      { task: 0 },
    ) as TaskError;
    expect(error.message).toMatch(/^Task 0 failed: its result cannot be sent back \(\(\) => 1/);
    expect(error.workerStack).toBe("DataCloneError: () => 1 could not be cloned.");
  });

  it("says which worker crashed, and why when the browser knows", () => {
    const loading = decodeFailure(
      { type: "crashed", message: "" },
      { workerName: "thread worker" },
    );
    expect(loading).toBeInstanceOf(WorkerCrashedError);
    expect(loading.message).toBe(
      "A thread worker stopped: its script could not be loaded (a missing file or a network error)",
    );
    expect(decodeFailure({ type: "crashed", message: "Uncaught oops" }).message).toBe(
      "A worker stopped: Uncaught oops",
    );
  });

  it("keeps the worker's own failure a plain error, and is no error for an ordinary reply", () => {
    expect(decodeFailure({ type: "failed", message: "Error: no inputs" })?.message).toBe(
      "Error: no inputs",
    );
    expect(decodeFailure({ type: "ran" })).toBeNull();
  });
});
