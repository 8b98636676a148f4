import { describe, expect, it } from "vitest";
import type { Sample } from "./results";
import { geometricSizes, quantile, summarize } from "./stats";

describe("quantile", () => {
  it("interpolates between order statistics like numpy.percentile", () => {
    // numpy.percentile([1, 2, 3, 4], [5, 50, 95]) == [1.15, 2.5, 3.85]
    expect(quantile([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85);
  });

  it("returns the value itself for one value", () => {
    expect(quantile([7], 0.05)).toBe(7);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("refuses an empty list", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  const sample = (series: string, x: number, ms: number, dropped = false): Sample => ({
    series,
    x,
    trial: 0,
    ms,
    ...(dropped ? { dropped } : {}),
  });

  it("groups by series and x, leaves dropped samples out, keeps the order samples were taken", () => {
    const rows = summarize([
      sample("b", 10, 99, true),
      sample("a", 10, 1),
      sample("b", 10, 3),
      sample("a", 10, 2),
      sample("b", 10, 5),
      sample("a", 100, 10),
    ]);
    expect(rows.map((row) => [row.series, row.x, row.n, row.q50])).toEqual([
      ["b", 10, 2, 4],
      ["a", 10, 2, 1.5],
      ["a", 100, 1, 10],
    ]);
  });
});

describe("geometricSizes", () => {
  it("spaces sizes evenly on a log scale and includes both ends", () => {
    expect(geometricSizes(1_000, 100_000, 3)).toEqual([1_000, 10_000, 100_000]);
    expect(geometricSizes(10, 1_000, 5)).toEqual([10, 32, 100, 316, 1_000]);
  });

  it("gives just the maximum when there is no range", () => {
    expect(geometricSizes(500, 500, 4)).toEqual([500]);
  });
});
