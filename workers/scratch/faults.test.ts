import { describe, expect, it } from "vitest";
import { codePosition, failureOf } from "./faults";

const STACK = `TypeError: Cannot read properties of null (reading 'trials')
    at eval (eval at compileCell (http://localhost/assets/kernel-worker-x.js:1:200), <anonymous>:6:17)
    at run (http://localhost/assets/kernel-worker-x.js:1:900)`;

describe("codePosition", () => {
  it("finds the reader's line in a V8 stack, less the function header", () => {
    expect(codePosition(STACK, 2)).toEqual({ line: 4, column: 17 });
  });

  it("is null when no frame is in the reader's code", () => {
    expect(codePosition("Error\n    at run (http://x/k.js:1:9)", 2)).toBeNull();
    expect(codePosition(STACK, 6)).toBeNull();
  });
});

describe("failureOf", () => {
  it("gives a thrown error's name, message and line", () => {
    const error = new TypeError("Cannot read properties of null (reading 'trials')");
    error.stack = STACK;
    expect(failureOf(error, 2)).toEqual({
      type: "threw",
      name: "TypeError",
      message: "Cannot read properties of null (reading 'trials')",
      stack: STACK,
      line: 4,
    });
  });

  it("prints a thrown value that is not an Error", () => {
    expect(failureOf("oops", 2)).toEqual({
      type: "threw",
      name: "A thrown value",
      message: '"oops"',
      stack: "",
      line: null,
    });
  });
});
