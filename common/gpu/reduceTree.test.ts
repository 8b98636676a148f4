import { describe, expect, it } from "vitest";
import { reductionSteps, sumTolerance, treeDepth } from "./reduceTree";

describe("reductionSteps", () => {
  it("reduces by 16,384 per dispatch until one workgroup gives the sum", () => {
    expect(reductionSteps(10_000_000)).toEqual([10_000_000, 611]);
    expect(reductionSteps(16_384)).toEqual([16_384]);
    expect(reductionSteps(16_385)).toEqual([16_385, 2]);
  });

  it("still dispatches once for a single float", () => {
    expect(reductionSteps(1)).toEqual([1]);
  });
});

describe("treeDepth", () => {
  it("is 64 + 8 additions per dispatch, at least log2 of the length", () => {
    expect(treeDepth(10_000_000)).toBe(144);
    expect(treeDepth(10_000_000)).toBeGreaterThanOrEqual(Math.log2(10_000_000));
  });
});

describe("sumTolerance", () => {
  it("is about 144 roundings of 2^-24 at 1e7 floats", () => {
    expect(sumTolerance(10_000_000)).toBeCloseTo(144 * 2 ** -24, 9);
    expect(sumTolerance(10_000_000)).toBeLessThan(1e-5);
  });
});
