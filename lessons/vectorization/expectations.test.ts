import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { monteCarlo } from "./monte-carlo";
import { PI_SERIES } from "./pi-series";

/** One Monte Carlo run at 10 million points, with the worker's time per way. */
function piTimes(scalarMs: number, simdMs: number): Results {
  const sample = (series: string, kernelMs: number) => ({
    series,
    x: 10_000_000,
    trial: 0,
    ms: kernelMs + 0.2,
    kernelMs,
  });
  return {
    params: {},
    summary: [{ series: PI_SERIES.js, x: 10_000_000, n: 1, q05: 280, q50: 280, q95: 280 }],
    samples: [sample(PI_SERIES.scalar, scalarMs), sample(PI_SERIES.simd, simdMs)],
  } as unknown as Results;
}

describe("Monte Carlo π's verdict", () => {
  it("holds when SIMD's lanes pay at least twice", () => {
    expect(monteCarlo.expects?.holds(piTimes(100, 30))).toBe(true);
  });

  it("does not hold when SIMD gains little over scalar", () => {
    expect(monteCarlo.expects?.holds(piTimes(102, 85))).toBe(false);
  });
});
