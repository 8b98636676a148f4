import { describe, expect, it } from "vitest";
import { RESULTS_SCHEMA_ID, type Results, type Sample } from "../common/results";
import { summarize } from "../common/stats";
import {
  keptSamples,
  largestX,
  measured,
  median,
  medianAt,
  medianField,
  pointsOf,
  samplesAt,
  samplesOf,
  seriesNames,
  xsOf,
} from "./queries";

/** Three trials per point, the slowest dropped, as a sweep records them; "pool" ran first. */
const SAMPLES: Sample[] = [
  { series: "pool", x: 1000, trial: 0, ms: 4, kernelMs: 3 },
  { series: "pool", x: 1000, trial: 1, ms: 6, kernelMs: 5 },
  { series: "pool", x: 1000, trial: 2, ms: 9, kernelMs: 1, dropped: true },
  { series: "loop", x: 1000, trial: 0, ms: 10 },
  { series: "loop", x: 1000, trial: 1, ms: 12 },
  { series: "loop", x: 1000, trial: 2, ms: 20, dropped: true },
  { series: "pool", x: 10, trial: 0, ms: 2, kernelMs: 0.5 },
  { series: "pool", x: 10, trial: 1, ms: 3, kernelMs: "not a number" },
  { series: "pool", x: 10, trial: 2, ms: 3.5, kernelMs: 0.7, dropped: true },
];

const RESULTS: Results = {
  schema: RESULTS_SCHEMA_ID,
  experiment: "test",
  lesson: "test",
  params: { trials: 3 },
  environment: {
    userAgent: "test",
    hardwareConcurrency: 2,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    wasmSimd: true,
    wasmThreads: true,
    gpu: null,
  },
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:01.000Z",
  x: { name: "n", unit: "numbers" },
  samples: SAMPLES,
  summary: summarize(SAMPLES),
};

describe("what a run measured", () => {
  it("names the series in the order they were first measured", () => {
    expect(seriesNames(RESULTS)).toEqual(["pool", "loop"]);
  });

  it("gives the xs ascending, of one series or of any", () => {
    expect(xsOf(RESULTS)).toEqual([10, 1000]);
    expect(xsOf(RESULTS, "loop")).toEqual([1000]);
    expect(xsOf(RESULTS, "no such series")).toEqual([]);
    expect(largestX(RESULTS)).toBe(1000);
  });

  it("gives a series' summary rows ascending in x", () => {
    expect(pointsOf(RESULTS, "pool").map((row) => [row.x, row.q50, row.n])).toEqual([
      [10, 2.5, 2],
      [1000, 5, 2],
    ]);
  });
});

describe("medians", () => {
  it("reads the runtime's median from the summary, and nothing for a point not measured", () => {
    expect(medianAt(RESULTS, "pool", 1000)).toBe(5);
    expect(medianAt(RESULTS, "loop", 1000)).toBe(11);
    expect(medianAt(RESULTS, "loop", 10)).toBeUndefined();
  });

  it("takes another field's median over the kept trials, skipping values that are not numbers", () => {
    expect(medianField(RESULTS, "pool", 1000, "kernelMs")).toBe(4);
    expect(medianField(RESULTS, "pool", 10, "kernelMs")).toBe(0.5);
    expect(medianField(RESULTS, "loop", 1000, "kernelMs")).toBeUndefined();
  });

  it("takes the median of numbers in any order, the mean of the middle two for an even count", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe("samples", () => {
  it("gives every trial of a series, dropped ones included, at x or at every x", () => {
    expect(samplesOf(RESULTS, "pool")).toHaveLength(6);
    expect(samplesOf(RESULTS, "pool", 10).map((sample) => sample.trial)).toEqual([0, 1, 2]);
  });

  it("gives every trial at x, of every series, dropped ones included", () => {
    expect(samplesAt(RESULTS, 1000).map((sample) => sample.series)).toEqual([
      "pool",
      "pool",
      "pool",
      "loop",
      "loop",
      "loop",
    ]);
    expect(samplesAt(RESULTS, 7)).toEqual([]);
  });

  it("keeps the trials the summary keeps", () => {
    expect(keptSamples(RESULTS)).toHaveLength(6);
    expect(keptSamples(RESULTS).some((sample) => sample.dropped === true)).toBe(false);
  });
});

describe("measured", () => {
  it("passes an answer on, and fails where the run measured nothing", () => {
    expect(measured(medianAt(RESULTS, "pool", 10))).toBe(2.5);
    expect(() => measured(medianAt(RESULTS, "loop", 10))).toThrow(/did not measure/);
  });
});
