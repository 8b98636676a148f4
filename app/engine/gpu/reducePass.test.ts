import { describe, expect, it } from "vitest";
import { reductionSteps, treeDepth } from "./reducePass";

describe("reductionSteps", () => {
  it("reduces by 512 per dispatch until one workgroup gives the sum", () => {
    expect(reductionSteps(10_000_000)).toEqual([10_000_000, 19_532, 39]);
    expect(reductionSteps(512)).toEqual([512]);
    expect(reductionSteps(513)).toEqual([513, 2]);
  });

  it("still dispatches once for a single float", () => {
    expect(reductionSteps(1)).toEqual([1]);
  });
});

describe("treeDepth", () => {
  it("is 9 additions per dispatch, at least log2 of the length", () => {
    expect(treeDepth(10_000_000)).toBe(27);
    expect(treeDepth(10_000_000)).toBeGreaterThanOrEqual(Math.log2(10_000_000));
  });
});
