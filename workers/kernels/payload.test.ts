import { describe, expect, it } from "vitest";
import { seededRandom } from "../../common/random";
import { checksum, checksumAndReturn, checksumFromRecipe, fillRandom } from "./payload";

describe("payload kernels", () => {
  it("make the same numbers from the same seed, different ones from another", () => {
    const a = fillRandom(new Float64Array(1000), 7);
    expect(fillRandom(new Float64Array(1000), 7)).toEqual(a);
    expect(fillRandom(new Float64Array(1000), 8)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
  });

  it("make exactly the numbers the page's seeded generator makes", () => {
    const random = seededRandom(20_240_501);
    const page = Float64Array.from({ length: 1000 }, () => random());
    expect(fillRandom(new Float64Array(1000), 20_240_501)).toEqual(page);
  });

  it("a recipe sums to exactly what the data it describes sums to", () => {
    const values = fillRandom(new Float64Array(10_000), 42);
    expect(checksumFromRecipe({ seed: 42, length: 10_000 })).toBe(checksum({ values }));
    // Uniform numbers in [0, 1): the mean is near one half.
    expect(checksum({ values }) / 10_000).toBeCloseTo(0.5, 1);
  });

  it("hands the same array back, for a transfer home", () => {
    const values = new Float64Array([1, 2, 3.5]);
    expect(checksumAndReturn({ values })).toEqual({ sum: 6.5, values });
    expect(checksumAndReturn({ values }).values).toBe(values);
  });
});
