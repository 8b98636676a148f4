import { describe, expect, it } from "vitest";
import type { Results } from "../common/results";
import { joinPythonSamples, PYTHON_SERIES, readPythonMeasures } from "./pythonMeasures";

const printed = [
  " main thread: 17984 primes in 2114 ms",
  "   1 process: 17984 primes in 2,301 ms",
  "  pool of 2: 17984 primes in 1207 ms",
  "Traceback? no: a line that is not a timing",
].join("\n");

describe("readPythonMeasures", () => {
  it("reads one sample per matching line, labelled as CPython in WebAssembly", () => {
    const samples = readPythonMeasures(printed, {
      line: /^\s*(?<label>.+?): \d+ primes in (?<ms>[\d,.]+) ms$/,
      x: 200_000,
    });
    expect(samples).toEqual([
      { series: `${PYTHON_SERIES}: main thread`, x: 200_000, trial: 0, ms: 2114 },
      { series: `${PYTHON_SERIES}: 1 process`, x: 200_000, trial: 0, ms: 2301 },
      { series: `${PYTHON_SERIES}: pool of 2`, x: 200_000, trial: 0, ms: 1207 },
    ]);
  });

  it("takes x from the line, and counts repeated points as trials", () => {
    const samples = readPythonMeasures(
      "chunksize= 1: 40 ms\nchunksize= 1: 42 ms\nchunksize=64: 9 ms",
      {
        line: /^chunksize=\s*(?<x>\d+): (?<ms>\d+) ms$/,
      },
    );
    expect(samples.map(({ x, trial, ms }) => [x, trial, ms])).toEqual([
      [1, 0, 40],
      [1, 1, 42],
      [64, 0, 9],
    ]);
  });

  it("reads several timings from one line with several patterns", () => {
    const samples = readPythonMeasures("  4 tasks:    812 ms new processes,    40 ms pool", {
      line: [
        /^\s*(?<x>\d+) tasks:\s+(?<ms>\d+) ms (?<label>new processes)/,
        /^\s*(?<x>\d+) tasks:.*,\s+(?<ms>\d+) ms (?<label>pool)$/,
      ],
    });
    expect(samples.map(({ series, x, ms }) => [series, x, ms])).toEqual([
      [`${PYTHON_SERIES}: new processes`, 4, 812],
      [`${PYTHON_SERIES}: pool`, 4, 40],
    ]);
  });

  it("finds nothing in output that has no timings", () => {
    expect(
      readPythonMeasures("Traceback (most recent call last):", { line: /(?<ms>\d+) ms/, x: 1 }),
    ).toEqual([]);
  });
});

describe("joinPythonSamples", () => {
  const base = {
    samples: [
      { series: "1 worker", x: 10, trial: 0, ms: 5 },
      { series: `${PYTHON_SERIES}: old`, x: 10, trial: 0, ms: 99 },
    ],
    summary: [
      { series: "1 worker", x: 10, n: 1, q05: 5, q50: 5, q95: 5 },
      { series: `${PYTHON_SERIES}: old`, x: 10, n: 1, q05: 99, q50: 99, q95: 99 },
    ],
  } as unknown as Results;

  it("replaces an earlier twin run's samples and summary, and keeps the page's own", () => {
    const joined = joinPythonSamples(base, [{ series: PYTHON_SERIES, x: 10, trial: 0, ms: 7 }]);
    expect(joined.samples.map((s) => s.series)).toEqual(["1 worker", PYTHON_SERIES]);
    expect(joined.summary).toEqual([
      { series: "1 worker", x: 10, n: 1, q05: 5, q50: 5, q95: 5 },
      { series: PYTHON_SERIES, x: 10, n: 1, q05: 7, q50: 7, q95: 7 },
    ]);
  });
});
