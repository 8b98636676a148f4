import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { branchFreeHits, firstCallHidden } from "./challenges";
import { PI_SERIES } from "./pi-series";
import { FIRST_CALL_JS } from "./series";

/** A first-call run at `floats`: the JS loop's first call and its last (call 8), in ms. */
function firstCallRun(floats: number, first: number, last: number): Results {
  const row = (x: number, q50: number) => ({
    series: FIRST_CALL_JS,
    x,
    n: 5,
    q05: q50,
    q50,
    q95: q50,
  });
  return {
    params: { floats, calls: 8, trials: 7 },
    summary: [row(1, first), row(8, last)],
    samples: [],
  } as unknown as Results;
}

describe("hide the first call", () => {
  it("is solved at a larger array where the first call costs less than 3 warm ones", () => {
    expect(firstCallHidden(firstCallRun(10_000_000, 64, 41))).toBe(true);
  });

  it("is not solved at the lesson's own sizes, whatever the ratio, nor where the cost shows", () => {
    expect(firstCallHidden(firstCallRun(1_000_000, 7.1, 1.06))).toBe(false);
    expect(firstCallHidden(firstCallRun(100_000, 1, 1))).toBe(false);
    expect(firstCallHidden(firstCallRun(2_000, 2, 0.1))).toBe(false);
  });
});

const ORIGINAL = "if (Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1) hits++;";
const BRANCH_FREE = "hits += Number(Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1);";

/** A Monte Carlo run whose JS loop ran `code` and counted `jsHits` where SIMD counted 785. */
function piRun(code: string | null, jsHits: number): Results {
  return {
    params: {},
    summary: [],
    samples: [
      { series: PI_SERIES.js, x: 1_000, trial: 0, ms: 1, hits: jsHits },
      { series: PI_SERIES.simd, x: 1_000, trial: 0, ms: 1, hits: 785 },
    ],
    ...(code === null ? {} : { editedSources: [{ source: "workers/kernels/pi.ts", code }] }),
  } as unknown as Results;
}

describe("count without a branch", () => {
  it("is solved by a loop with no if that counts the same hits", () => {
    expect(branchFreeHits(piRun(`// no if (here)\n${BRANCH_FREE}`, 785))).toBe(true);
  });

  it("is not solved by the untouched loop, an if left in, or other hits", () => {
    expect(branchFreeHits(piRun(null, 785))).toBe(false);
    expect(branchFreeHits(piRun(ORIGINAL, 785))).toBe(false);
    expect(branchFreeHits(piRun(BRANCH_FREE.replace("<= 1", "< 1"), 780))).toBe(false);
  });
});
