import { describe, expect, it } from "vitest";
import type { Results, Step } from "../../kit";
import {
  costN,
  FREE_THREADED_COST,
  PROCESSES,
  payFreeThreadedCost,
  SERIAL,
  skippedThreads,
  withoutCost,
} from "./series";

function results(series: string[], crossOriginIsolated: boolean): Results {
  return {
    environment: { crossOriginIsolated },
    samples: series.map((name) => ({ series: name, x: 1, trial: 0, ms: 1 })),
  } as Results;
}

describe("skippedThreads", () => {
  it("is silent when the thread series ran", () => {
    expect(skippedThreads(results([SERIAL, PROCESSES], true))).toBeNull();
  });

  it("reads the results, not isolation: an isolated page may still lack shared memory", () => {
    // WebKitGTK: cross-origin isolated, no SharedArrayBuffer, so only the processes ran.
    expect(skippedThreads(results([PROCESSES], true))).toMatch(
      /did not run: .*SharedArrayBuffer, which this browser did not give the page, although the page was cross-origin isolated\./,
    );
    expect(skippedThreads(results([PROCESSES], false))).toMatch(/this page was not one\.$/);
  });
});

/** Trial divisions (and candidates) the n-th prime's search makes, as nth-prime.ts searches. */
function searchWork(n: number): number {
  let found = 0;
  let work = 0;
  for (let candidate = 2; ; candidate++) {
    work++;
    let prime = candidate === 2 || candidate % 2 === 1;
    for (let divisor = 3; prime && divisor * divisor <= candidate; divisor += 2) {
      work++;
      if (candidate % divisor === 0) prime = false;
    }
    if (prime && ++found === n) return work;
  }
}

describe("the free-threaded build's single-thread cost", () => {
  it("is not zero: PEP 779's target for 3.14t is within about 10–15 %", () => {
    expect(FREE_THREADED_COST).toBeGreaterThanOrEqual(0.1);
    expect(FREE_THREADED_COST).toBeLessThanOrEqual(0.15);
  });

  it("costN's search does that share of the n-th prime's work, at every size the lesson runs", () => {
    for (const n of [250, 1_000, 4_000, 25_000, 100_000]) {
      const share = searchWork(costN(n)) / searchWork(n);
      expect(share).toBeGreaterThan(0.1);
      expect(share).toBeLessThan(0.15);
    }
  });

  it("adds one extra search before each computation, and withoutCost takes it away again", () => {
    const program: Step[] = [
      { do: "io", ms: 1 },
      { do: "compute", n: 1_000 },
      { do: "compute", n: 2_000 },
    ];
    expect(payFreeThreadedCost(program)).toEqual([
      { do: "io", ms: 1 },
      { do: "compute", n: 250 },
      { do: "compute", n: 1_000 },
      { do: "compute", n: 500 },
      { do: "compute", n: 2_000 },
    ]);
    expect(withoutCost([1_619, 7_919, 3_571, 17_389])).toEqual([7_919, 17_389]);
  });
});
