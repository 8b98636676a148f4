import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { poolGainsNothing, twinPrimesBelow, twinsInEverySplit } from "./challenges";

const EDIT = [{ source: "workers/kernels/primes.ts", code: "export {};" }];

/** A run on two cores: each [series, x, counted] a sample, and medians from `ms`. */
function run(
  counts: [string, number, number][],
  { edited = true, ms = {} as Record<string, number> } = {},
): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    samples: counts.map(([series, x, primes], trial) => ({ series, x, trial, ms: 1, primes })),
    summary: Object.entries(ms).map(([series, q50]) => ({
      series,
      x: 1_000,
      n: 5,
      q05: q50,
      q50,
      q95: q50,
    })),
    ...(edited ? { editedSources: EDIT } : {}),
  } as unknown as Results;
}

describe("twinPrimesBelow", () => {
  it("counts the pairs (p, p + 2) with p below n, as CPython's trial division does", () => {
    // python3: sum(1 for p in range(N) if is_prime(p) and is_prime(p + 2))
    expect(twinPrimesBelow(100)).toBe(8);
    expect(twinPrimesBelow(1_000)).toBe(35);
    expect(twinPrimesBelow(100_000)).toBe(1_224);
  });
});

describe("twinsInEverySplit", () => {
  it("is solved when one worker and the pool both count every twin pair", () => {
    const counts: [string, number, number][] = [
      ["1 worker", 1_000, 35],
      ["pool of 2", 1_000, 35],
      ["1 worker", 100, 8],
      ["pool of 2", 100, 8],
    ];
    expect(twinsInEverySplit(run(counts))).toBe(true);
  });

  it("is not solved by the untouched task, nor by a pool that loses pairs at its borders", () => {
    const primes: [string, number, number][] = [
      ["1 worker", 1_000, 168],
      ["pool of 2", 1_000, 168],
    ];
    expect(twinsInEverySplit(run(primes, { edited: false }))).toBe(false);
    const lost: [string, number, number][] = [
      ["1 worker", 1_000, 35],
      ["pool of 2", 1_000, 33],
    ];
    expect(twinsInEverySplit(run(lost))).toBe(false);
  });

  it("cannot tell before a run", () => {
    expect(twinsInEverySplit(run([]))).toBeNull();
  });
});

describe("poolGainsNothing", () => {
  it("is solved when the pool is at most 20 % faster than one worker, on edited code", () => {
    const same = { "1 worker": 100, "pool of 2": 90 };
    expect(poolGainsNothing(run([], { ms: same }))).toBe(true);
    expect(poolGainsNothing(run([], { ms: same, edited: false }))).toBe(false);
    expect(poolGainsNothing(run([], { ms: { "1 worker": 100, "pool of 2": 55 } }))).toBe(false);
  });
});
