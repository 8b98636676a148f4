import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { mapVariants } from "./map-variants";
import { MEASURED, workerCount } from "./worker-count";

/** A run's summary, each point [series, x, q05, q50, q95], on two cores. */
function run(points: [string, number, number, number, number][]): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    samples: [],
    summary: points.map(([series, x, q05, q50, q95]) => ({ series, x, n: 7, q05, q50, q95 })),
  } as unknown as Results;
}

describe("map variants' verdict and prediction", () => {
  it("holds when imap_unordered's first result comes before map's", () => {
    const results = run([
      ["map", 1, 37, 150, 238],
      ["imap", 1, 8, 28, 141],
      ["imap_unordered", 1, 6, 8, 10],
    ]);
    expect(mapVariants.expects?.holds(results)).toBe(true);
    expect(mapVariants.prediction?.answer(results)).toBe("imap_unordered");
  });

  it("does not when map's came first, and cannot tell without a first result", () => {
    const results = run([
      ["map", 1, 5, 6, 7],
      ["imap", 1, 8, 28, 141],
      ["imap_unordered", 1, 6, 8, 10],
    ]);
    expect(mapVariants.expects?.holds(results)).toBe(false);
    expect(mapVariants.prediction?.answer(results)).toBe("map");
    expect(mapVariants.expects?.holds(run([["map", 1, 5, 6, 7]]))).toBeNull();
  });
});

describe("worker count's verdict and prediction", () => {
  it("holds when one per core beats one worker and twice as many do not beat that", () => {
    const results = run([
      [MEASURED, 1, 380, 400, 420],
      [MEASURED, 2, 200, 210, 230],
      [MEASURED, 3, 205, 215, 240],
      [MEASURED, 4, 200, 212, 250],
    ]);
    expect(workerCount.expects?.holds(results)).toBe(true);
    expect(workerCount.prediction?.answer(results)).toBe("the same, within the trials' spread");
  });

  it("does not when two workers were no faster than one (a busy machine)", () => {
    const results = run([
      [MEASURED, 1, 300, 400, 500],
      [MEASURED, 2, 250, 380, 520],
      [MEASURED, 4, 100, 110, 120],
    ]);
    expect(workerCount.expects?.holds(results)).toBe(false);
    expect(workerCount.prediction?.answer(results)).toBe("faster");
  });
});
