import { describe, expect, it } from "vitest";
import { amdahlSpeedup, fitSerialFraction } from "./amdahl";

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

describe("fitSerialFraction", () => {
  it("recovers the serial fraction of an exact Amdahl curve", () => {
    const points = [1, 2, 4, 8].map((cores) => ({ cores, speedup: amdahlSpeedup(0.1, cores) }));
    expect(fitSerialFraction(points)).toBeCloseTo(0.1, 4);
  });

  it("gives 0 for perfect scaling and 1 for none", () => {
    expect(fitSerialFraction([1, 2, 4].map((cores) => ({ cores, speedup: cores })))).toBe(0);
    expect(fitSerialFraction([1, 2, 4].map((cores) => ({ cores, speedup: 1 })))).toBe(1);
  });
});
