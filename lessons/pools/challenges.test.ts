import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { moreWorkersThanCoresPay, startCostOutweighed } from "./challenges";
import { FRESH, REUSED } from "./reuse-pool";
import { MEASURED } from "./worker-count";

const EDIT = [{ source: "workers/kernels/square.ts", code: "export {};" }];

/** A run of the given medians, [series, x, ms], on two cores. */
function run(points: [string, number, number][], edited = true): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    samples: [],
    summary: points.map(([series, x, q50]) => ({ series, x, n: 5, q05: q50, q50, q95: q50 })),
    ...(edited ? { editedSources: EDIT } : {}),
  } as unknown as Results;
}

describe("startCostOutweighed", () => {
  it("is solved when long calls make a new pool per call cost less than twice as much", () => {
    const long = [
      [FRESH, 4, 1_900],
      [REUSED, 4, 1_650],
    ] as [string, number, number][];
    expect(startCostOutweighed(run(long))).toBe(true);
  });

  it("is not solved while starting pools is most of the cost, nor untouched", () => {
    const tiny = [
      [FRESH, 4, 610],
      [REUSED, 4, 100],
    ] as [string, number, number][];
    expect(startCostOutweighed(run(tiny))).toBe(false);
    const long = [
      [FRESH, 4, 1_900],
      [REUSED, 4, 1_650],
    ] as [string, number, number][];
    expect(startCostOutweighed(run(long, false))).toBe(false);
  });
});

describe("moreWorkersThanCoresPay", () => {
  it("is solved when twice the cores finish twice as soon (waiting tasks)", () => {
    const waiting = run([
      [MEASURED, 1, 980],
      [MEASURED, 2, 490],
      [MEASURED, 4, 250],
    ]);
    expect(moreWorkersThanCoresPay(waiting)).toBe(true);
  });

  it("is not solved by computing tasks, nor untouched, nor an unfinished run", () => {
    // A busy machine: one per core was slow, but one worker was no slower than twice the cores.
    const noisy = run([
      [MEASURED, 1, 300],
      [MEASURED, 2, 630],
      [MEASURED, 4, 210],
    ]);
    expect(moreWorkersThanCoresPay(noisy)).toBe(false);
    const computing = [
      [MEASURED, 1, 400],
      [MEASURED, 2, 210],
      [MEASURED, 4, 215],
    ] as [string, number, number][];
    expect(moreWorkersThanCoresPay(run(computing))).toBe(false);
    const waiting = [
      [MEASURED, 2, 490],
      [MEASURED, 4, 250],
    ] as [string, number, number][];
    expect(moreWorkersThanCoresPay(run(waiting, false))).toBe(false);
    expect(moreWorkersThanCoresPay(run([[MEASURED, 2, 490]]))).toBe(false);
  });
});
