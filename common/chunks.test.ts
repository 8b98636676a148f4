import { describe, expect, it } from "vitest";
import { defaultChunkSize, splitRange } from "./chunks";

describe("defaultChunkSize", () => {
  it("follows CPython's Pool.map rule: divmod(n, 4 × workers), plus one if there is a remainder", () => {
    for (const workers of [1, 2, 3, 8]) {
      for (const n of [1, 7, 8, 9, 100, 1_000, 12_345]) {
        const quotient = Math.floor(n / (4 * workers));
        const python = quotient + (n % (4 * workers) ? 1 : 0);
        expect(defaultChunkSize(n, workers)).toBe(Math.max(1, python));
      }
    }
  });

  it("is at least one, even for no items", () => {
    expect(defaultChunkSize(0, 4)).toBe(1);
  });
});

describe("splitRange", () => {
  it("covers [0, n) without gaps or overlaps, widths differing by at most one", () => {
    for (const [n, parts] of [
      [10, 3],
      [100, 8],
      [7, 7],
      [1_000_003, 16],
    ] as const) {
      const ranges = splitRange(n, parts);
      expect(ranges).toHaveLength(parts);
      expect(ranges[0]?.from).toBe(0);
      expect(ranges.at(-1)?.to).toBe(n);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.from).toBe(ranges[i - 1]?.to);
      const widths = ranges.map((range) => range.to - range.from);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    }
  });

  it("never makes empty ranges", () => {
    expect(splitRange(3, 8)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 2, to: 3 },
    ]);
  });
});
