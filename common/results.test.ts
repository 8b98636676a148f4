import { describe, expect, it } from "vitest";
import { parseResults, RESULTS_SCHEMA_ID, ResultsFormatError, toCsv } from "./results";

const valid = {
  schema: RESULTS_SCHEMA_ID,
  experiment: "count-primes",
  lesson: "why-parallel",
  params: { maxN: 100_000 },
  environment: {
    userAgent: "test",
    hardwareConcurrency: 2,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    wasmSimd: true,
    wasmThreads: true,
    gpu: { vendor: "google", architecture: "swiftshader", description: "", emulated: true },
  },
  startedAt: "2026-11-22T10:00:00.000Z",
  finishedAt: "2026-11-22T10:00:05.000Z",
  x: { name: "n", unit: "numbers" },
  samples: [
    { series: "main thread", x: 10, trial: 0, ms: 1.5, primes: 4 },
    { series: 'pool, "fast"', x: 10, trial: 1, ms: 2, dropped: true },
  ],
  summary: [{ series: "main thread", x: 10, n: 1, q05: 1.5, q50: 1.5, q95: 1.5 }],
};

describe("parseResults", () => {
  it("accepts a results file and keeps the experiment's extra sample fields", () => {
    expect(parseResults(valid).samples[0]?.primes).toBe(4);
  });

  it("names the first wrong field", () => {
    const wrongSchema = { ...valid, schema: "corelab.results/0" };
    expect(() => parseResults(wrongSchema)).toThrow(ResultsFormatError);
    expect(() => parseResults(wrongSchema)).toThrow(/schema/);
    const badSample = { ...valid, samples: [{ series: "a", x: 1, trial: 0, ms: "fast" }] };
    expect(() => parseResults(badSample)).toThrow(/samples\.0\.ms/);
  });

  it("refuses negative durations, quantiles out of order and events that end before they start", () => {
    const negative = { ...valid, samples: [{ series: "a", x: 1, trial: 0, ms: -5 }] };
    expect(() => parseResults(negative)).toThrow(
      "Not a Corelab results file: samples.0.ms: a duration cannot be negative (-5 ms)",
    );
    const row = { series: "a", x: 1, n: 1, q05: 1, q50: 2, q95: 3 };
    expect(() => parseResults({ ...valid, summary: [{ ...row, q05: -1 }] })).toThrow(
      /summary\.0\.q05: a duration cannot be negative/,
    );
    expect(() => parseResults({ ...valid, summary: [{ ...row, q50: 9 }] })).toThrow(
      /summary\.0: its quantiles are out of order/,
    );
    const backwards = { lane: "worker 1", kind: "chunk", start: 5, end: 4 };
    expect(() => parseResults({ ...valid, timeline: [backwards] })).toThrow(
      /timeline\.0: it ends before it starts/,
    );
    expect(
      parseResults({ ...valid, samples: [{ series: "a", x: 1, trial: 0, ms: 0 }] }),
    ).toBeTruthy();
  });

  it("keeps the edited code a run ran, and still accepts older files without it", () => {
    expect(parseResults(valid).editedSources).toBeUndefined();
    const editedSources = [{ source: "workers/kernels/primes.ts", code: "export const x = 1;" }];
    expect(parseResults({ ...valid, editedSources }).editedSources).toEqual(editedSources);
  });

  it("refuses edited code that is not a list of named files", () => {
    expect(() => parseResults({ ...valid, editedSources: [] })).toThrow(/editedSources/);
    const unnamed = { ...valid, editedSources: [{ code: "export const x = 1;" }] };
    expect(() => parseResults(unnamed)).toThrow(/editedSources\.0\.source/);
    const noText = { ...valid, editedSources: [{ source: "a.ts", code: 3 }] };
    expect(() => parseResults(noText)).toThrow(/editedSources\.0\.code/);
  });

  it("rejects something that is not a results file at all", () => {
    expect(() => parseResults([1, 2, 3])).toThrow(/Not a Corelab results file/);
    expect(() => parseResults(null)).toThrow(ResultsFormatError);
  });
});

describe("toCsv", () => {
  it("writes the samples table with extra columns, quoting where CSV needs it", () => {
    expect(toCsv(parseResults(valid))).toBe(
      [
        "series,x,trial,ms,primes,dropped",
        "main thread,10,0,1.5,4,",
        '"pool, ""fast""",10,1,2,,true',
        "",
      ].join("\n"),
    );
  });
});
