import { describe, expect, it } from "vitest";
import { refusalOf, TaskNumbers } from "./submission";

describe("TaskNumbers", () => {
  it("gives the same task the same number, and different tasks different ones", () => {
    const numbers = new TaskNumbers();
    const square = numbers.define("square");
    const text = numbers.define({ source: "(x) => x + 1" });
    expect(numbers.define("square").taskId).toBe(square.taskId);
    expect(numbers.define({ source: "(x) => x + 1" }).taskId).toBe(text.taskId);
    expect(text.taskId).not.toBe(square.taskId);
    expect(square).toEqual({ type: "define", taskId: square.taskId, kernel: "square" });
  });

  it("tells an edited kernel's export apart from the same file's other export", () => {
    const numbers = new TaskNumbers();
    const source = "exports.a = (x) => x; exports.b = (x) => -x;";
    const a = numbers.define({ source, entry: "square" });
    const b = numbers.define({ source, entry: "addOne" });
    expect(a.taskId).not.toBe(b.taskId);
    expect(b).toEqual({ type: "define", taskId: b.taskId, source, entry: "addOne" });
  });
});

describe("refusalOf", () => {
  it("refuses a chunk size that is not a whole number of at least one", () => {
    expect(refusalOf("square", 0, {})).toBeInstanceOf(RangeError);
    expect(refusalOf("square", 1.5, {})).toBeInstanceOf(RangeError);
    expect(refusalOf("square", 3, {})).toBeNull();
  });
});
