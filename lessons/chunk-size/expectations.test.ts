import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { bytesInFlight } from "./bytes-in-flight";
import { tinyTasks } from "./tiny-tasks";
import { poolName, unevenTasks } from "./uneven-tasks";

/** A run on two cores: summary rows [series, x, q05, q50, q95] and samples. */
function run(
  summary: [string, number, number, number, number][],
  samples: Record<string, unknown>[] = [],
): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    summary: summary.map(([series, x, q05, q50, q95]) => ({ series, x, n: 3, q05, q50, q95 })),
    samples: samples.map((sample, trial) => ({ trial, ms: 1, ...sample })),
  } as unknown as Results;
}

describe("tiny tasks' verdict", () => {
  // The default chunk size of 1,000 items on two workers is ceil(1000 / 8) = 125.
  const sample = { series: "n = 1,000", x: 1, items: 1_000 };

  it("holds when chunk size 1 is slower than the default beyond the spread", () => {
    const results = run(
      [
        ["n = 1,000", 1, 30, 40, 50],
        ["n = 1,000", 125, 1, 2, 3],
      ],
      [sample],
    );
    expect(tinyTasks.expects?.holds(results)).toBe(true);
  });

  it("does not when their spreads overlap", () => {
    const results = run(
      [
        ["n = 1,000", 1, 2, 4, 8],
        ["n = 1,000", 125, 1, 3, 6],
      ],
      [sample],
    );
    expect(tinyTasks.expects?.holds(results)).toBe(false);
  });
});

describe("uneven tasks' verdict and prediction", () => {
  // On two cores: one chunk per worker is 32 tasks; the default is ceil(64 / 8) = 8.
  const pool = poolName(2);

  it("holds when one chunk per worker is slower than the default", () => {
    const results = run(
      [
        [pool, 32, 70, 75, 80],
        [pool, 8, 45, 50, 55],
      ],
      [
        { series: pool, x: 32, idle: 0.3 },
        { series: pool, x: 32, idle: 0.34 },
        { series: pool, x: 32, idle: 0.32 },
      ],
    );
    expect(unevenTasks.expects?.holds(results)).toBe(true);
    expect(unevenTasks.prediction?.answer(results)).toBe(32);
  });

  it("does not when the default was no faster (sizes too small)", () => {
    const results = run([
      [pool, 32, 2, 3, 4],
      [pool, 8, 2, 3.5, 5],
    ]);
    expect(unevenTasks.expects?.holds(results)).toBe(false);
    expect(unevenTasks.prediction?.answer(results)).toBeNull();
  });
});

describe("bytes in flight's verdict and prediction", () => {
  const pool = "pool of 2, copying rows";
  const peaks = (first: number, last: number) => [
    { series: pool, x: 1, peakBytes: first },
    { series: pool, x: 64, peakBytes: last },
  ];
  const rows: [string, number, number, number, number][] = [
    [pool, 1, 9, 10, 11],
    [pool, 64, 9, 10, 11],
  ];

  it("holds when the peak grows with the chunk size", () => {
    const results = run(rows, peaks(70_000, 2_200_000));
    expect(bytesInFlight.expects?.holds(results)).toBe(true);
    expect(bytesInFlight.prediction?.answer(results)).toBe("it grows with the chunk size");
  });

  it("does not when every row was in flight whatever the chunk size", () => {
    const results = run(rows, peaks(2_000_000, 2_200_000));
    expect(bytesInFlight.expects?.holds(results)).toBe(false);
    expect(bytesInFlight.prediction?.answer(results)).toBe("it stays about the same");
  });
});
