import { describe, expect, it } from "vitest";
import { parseSizesPreference, resolveSizes } from "./runSizes";

describe("run sizes", () => {
  it("starts presenter mode on workshop sizes and lessons on their own", () => {
    expect(resolveSizes("auto", { presenting: true, quick: false })).toBe("workshop");
    expect(resolveSizes("auto", { presenting: false, quick: false })).toBe("lesson");
  });

  it("keeps the reader's choice everywhere", () => {
    expect(resolveSizes("lesson", { presenting: true, quick: false })).toBe("lesson");
    expect(resolveSizes("workshop", { presenting: false, quick: false })).toBe("workshop");
  });

  it("gives ?quick=1 workshop sizes whatever was chosen", () => {
    expect(resolveSizes("lesson", { presenting: false, quick: true })).toBe("workshop");
  });

  it("reads an unknown stored value as auto", () => {
    expect(parseSizesPreference("huge")).toBe("auto");
    expect(parseSizesPreference(null)).toBe("auto");
    expect(parseSizesPreference("workshop")).toBe("workshop");
  });
});
