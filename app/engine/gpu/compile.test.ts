import { describe, expect, it } from "vitest";
import { describeShaderErrors } from "./compile";

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
