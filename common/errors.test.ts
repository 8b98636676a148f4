import { describe, expect, it } from "vitest";
import { explainTaskFailure, TaskError } from "./errors";

describe("task errors", () => {
  it("explain running out of memory, as Python's MemoryError", () => {
    const error = new TaskError(3, "RangeError: Array buffer allocation failed", "", 1);
    expect(error.message).toBe(
      "Task 3 failed: RangeError: Array buffer allocation failed (line 1). The task ran out of memory: the browser could not find room for the array it asked for (in Python, MemoryError).",
    );
  });

  it("explain endless recursion and impossible array lengths", () => {
    expect(explainTaskFailure("RangeError: Maximum call stack size exceeded")).toContain(
      "RecursionError",
    );
    expect(explainTaskFailure("RangeError: Invalid typed array length: 1099511627776")).toContain(
      "larger than JavaScript allows",
    );
  });

  it("explain a result that cannot be sent back, as Python's pool does", () => {
    const message =
      "its result cannot be sent back (Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': () => x could not be cloned.)";
    expect(explainTaskFailure(message)).toContain("MaybeEncodingError");
  });

  it("leave other messages as they are", () => {
    expect(explainTaskFailure("TypeError: x is not a function")).toBeNull();
    expect(new TaskError(0, "Error: boom", "").message).toBe("Task 0 failed: Error: boom");
  });
});
