import { describe, expect, it } from "vitest";
import { CompileError, TaskError } from "../workers/pool/host/errors";
import { taskDiagnostics } from "../workers/pool/host/task";
import { failureOf } from "./workerChannel";

describe("failureOf", () => {
  it("turns a throw from the reader's code into a TaskError the editor marks at its line", () => {
    const error = failureOf({ type: "threw", message: "boom", stack: "at polyLoop", line: 17 });
    expect(error).toBeInstanceOf(TaskError);
    expect(taskDiagnostics(error)).toEqual([
      { line: 17, column: null, message: "Task 0 threw: boom" },
    ]);
  });

  it("turns the reader's file failing to compile into a CompileError at its line and column", () => {
    const error = failureOf({
      type: "compile-failed",
      message: "Unexpected token",
      line: 4,
      column: 9,
    });
    expect(error).toBeInstanceOf(CompileError);
    expect(taskDiagnostics(error)).toEqual([{ line: 4, column: 9, message: "Unexpected token" }]);
  });

  it("keeps any other failure a plain error with no mark", () => {
    const error = failureOf({ type: "failed", message: "Error: no inputs" });
    expect(error).not.toBeInstanceOf(TaskError);
    expect(error?.message).toBe("Error: no inputs");
    expect(taskDiagnostics(error)).toEqual([]);
  });

  it("is no error for an ordinary reply", () => {
    expect(failureOf({ type: "ran" })).toBeNull();
  });
});
