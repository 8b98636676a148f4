import { describe, expect, it } from "vitest";
import { explainFault, faultOf } from "./explain";

describe("explainFault", () => {
  it("puts the line first where there is one", () => {
    expect(
      explainFault({ kind: "runtime", name: "TypeError", message: "x is null", line: 4 }),
    ).toBe("Line 4: TypeError: x is null");
    expect(explainFault({ kind: "runtime", name: "Error", message: "deep", line: null })).toBe(
      "Error: deep",
    );
  });

  it("calls a kernel that ended itself a crash, not a memory problem", () => {
    const ended = explainFault({ kind: "ended" });
    expect(ended).toMatch(/^The kernel worker crashed: it ended itself/);
    expect(ended).toContain("self.close()");
    expect(ended).not.toContain("memory");
  });

  it("ties an uncloneable result to pickling, with advice fitting where it was", () => {
    const value = explainFault({ kind: "uncloneable", path: "value.f", what: "a function" });
    expect(value).toContain("value.f is a function");
    expect(value).toContain("pickles");
    expect(value).toContain("plain data");
    const options = explainFault({
      kind: "uncloneable",
      path: "plot options.marks[0].args[1].y",
      what: "a function",
    });
    expect(options).toContain('name a field (y: "ms")');
  });

  it("says out of memory in plain words", () => {
    expect(explainFault({ kind: "memory", message: "Array buffer allocation failed" })).toMatch(
      /^The code ran out of memory/,
    );
  });
});

describe("faultOf", () => {
  it("calls a refused allocation running out of memory, with no line to mark", () => {
    const threw = { type: "threw", stack: "", line: 2 } as const;
    expect(
      faultOf({ ...threw, name: "RangeError", message: "Array buffer allocation failed" }),
    ).toEqual({ kind: "memory", message: "Array buffer allocation failed" });
    expect(
      faultOf({ ...threw, name: "RangeError", message: "Maximum call stack size exceeded" }).kind,
    ).toBe("runtime");
  });

  it("keeps a syntax error's line and column, and where a result could not be cloned", () => {
    expect(
      faultOf({ type: "compile-failed", message: "Unexpected token", line: 2, column: 11 }),
    ).toEqual({ kind: "syntax", message: "Unexpected token", line: 2, column: 11 });
    expect(
      faultOf({
        type: "uncloneable",
        message: "could not be cloned",
        path: "value.f",
        what: "a function",
      }),
    ).toEqual({ kind: "uncloneable", path: "value.f", what: "a function" });
  });
});
