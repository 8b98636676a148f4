import { describe, expect, it } from "vitest";
import { codePosition, faultOf, findUncloneable } from "./faults";

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

describe("faultOf", () => {
  it("gives a thrown error's name, message and line", () => {
    const error = new TypeError("Cannot read properties of null (reading 'trials')");
    error.stack = STACK;
    expect(faultOf(error, 2)).toEqual({
      kind: "runtime",
      name: "TypeError",
      message: "Cannot read properties of null (reading 'trials')",
      line: 4,
    });
  });

  it("calls a refused allocation running out of memory", () => {
    expect(faultOf(new RangeError("Array buffer allocation failed"), 2)).toEqual({
      kind: "memory",
      message: "Array buffer allocation failed",
    });
    expect(faultOf(new RangeError("Maximum call stack size exceeded"), 2).kind).toBe("runtime");
  });

  it("prints a thrown value that is not an Error", () => {
    expect(faultOf("oops", 2)).toEqual({
      kind: "runtime",
      name: "A thrown value",
      message: '"oops"',
      line: null,
    });
  });
});

describe("findUncloneable", () => {
  it("names the path to a function or symbol", () => {
    expect(findUncloneable({ total: 3, scale: (x: number) => x })).toEqual({
      path: "value.scale",
      what: "a function",
    });
    expect(findUncloneable([1, { tag: Symbol("t") }])).toEqual({
      path: "value[1].tag",
      what: "a symbol",
    });
    expect(findUncloneable(new Map([["k", () => 1]]))).toEqual({
      path: "value.get(…)",
      what: "a function",
    });
  });

  it("looks inside class instances, and blames built-ins that never clone", () => {
    class Holder {
      inner = { run: () => 1 };
    }
    expect(findUncloneable(new Holder(), "plot options")).toEqual({
      path: "plot options.inner.run",
      what: "a function",
    });
    expect(findUncloneable({ pending: Promise.resolve(1) })).toEqual({
      path: "value.pending",
      what: "a Promise",
    });
  });

  it("finds nothing wrong in plain data", () => {
    const data = { xs: new Float64Array(3), when: new Date(), rows: [{ a: 1 }], set: new Set([1]) };
    expect(findUncloneable(data)).toBeNull();
  });
});
