import { describe, expect, it } from "vitest";
import { describeShaderErrors, parseShaderErrors } from "./compile";

describe("describeShaderErrors", () => {
  it("gives each error with its file, line and column, and skips warnings", () => {
    const text = describeShaderErrors("poly.wgsl", [
      { type: "warning", lineNum: 3, linePos: 1, message: "unused" },
      { type: "error", lineNum: 12, linePos: 5, message: "unresolved identifier 'y'" },
    ]);
    expect(text).toBe("poly.wgsl:12:5: error: unresolved identifier 'y'");
  });

  it("is empty when there are no errors", () => {
    expect(describeShaderErrors("poly.wgsl", [])).toBe("");
  });
});

describe("parseShaderErrors", () => {
  it("gives back each error's line, column and message from the compile error's text", () => {
    const text = `The shader did not compile:\n${describeShaderErrors("poly.wgsl", [
      { type: "error", lineNum: 19, linePos: 15, message: "unresolved value 'y'" },
      { type: "error", lineNum: 3, linePos: 1, message: "expected ';'" },
    ])}`;
    expect(parseShaderErrors(text)).toEqual([
      { file: "poly.wgsl", line: 19, column: 15, message: "unresolved value 'y'" },
      { file: "poly.wgsl", line: 3, column: 1, message: "expected ';'" },
    ]);
  });

  it("finds nothing in a message without locations", () => {
    expect(parseShaderErrors("The GPU device was lost.")).toEqual([]);
  });
});
