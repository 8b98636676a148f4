import { describe, expect, it } from "vitest";
import { explainFault } from "./explain";

describe("explainFault", () => {
  it("puts the line first where there is one", () => {
    expect(
      explainFault({ kind: "runtime", name: "TypeError", message: "x is null", line: 4 }),
    ).toBe("Line 4: TypeError: x is null");
    expect(explainFault({ kind: "runtime", name: "Error", message: "deep", line: null })).toBe(
      "Error: deep",
    );
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
