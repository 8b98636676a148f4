import { describe, expect, it } from "vitest";
import { amdahlSpeedup } from "./amdahl";

describe("amdahlSpeedup", () => {
  it("gives p with no serial part and 1 with no parallel part", () => {
    expect(amdahlSpeedup(0, 8)).toBe(8);
    expect(amdahlSpeedup(1, 64)).toBe(1);
  });

  it("approaches 1 / s however many cores", () => {
    expect(amdahlSpeedup(0.1, 8)).toBeCloseTo(4.706, 3);
    expect(amdahlSpeedup(0.1, 1e9)).toBeCloseTo(10, 5);
  });
});
