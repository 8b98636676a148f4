import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { convoy } from "./convoy";
import { ioBound } from "./io-bound";
import { pageThread } from "./page-thread";
import { ALONE, GIL_THREADS, PAGE_FRAMES, SERIAL, WITH_CPU, WORKER_FRAMES } from "./series";

/** A run's summary: each point's median with a 5–95 % band `spread` times either side. */
function run(points: [series: string, x: number, ms: number][], spread = 1.1): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    samples: [],
    summary: points.map(([series, x, q50]) => ({
      series,
      x,
      n: 3,
      q05: q50 / spread,
      q50,
      q95: q50 * spread,
    })),
  } as unknown as Results;
}

describe("the I/O-bound job's verdict and prediction", () => {
  it("holds when the threads overlap their waits", () => {
    const results = run([
      [SERIAL, 32, 700],
      [GIL_THREADS, 32, 180],
    ]);
    expect(ioBound.expects?.holds(results)).toBe(true);
    expect(ioBound.prediction?.answer(results)).toBe("clearly faster than serial");
  });

  it("does not when the threads are no faster beyond the spread", () => {
    const results = run([
      [SERIAL, 32, 700],
      [GIL_THREADS, 32, 650],
    ]);
    expect(ioBound.expects?.holds(results)).toBe(false);
    expect(ioBound.prediction?.answer(results)).toBe("no faster than serial");
  });
});

describe("the convoy's verdict and prediction", () => {
  it("holds when a reply beside the CPU thread waits about an interval", () => {
    const results = run([
      [ALONE, 5, 0.1],
      [WITH_CPU, 5, 5.2],
    ]);
    expect(convoy.expects?.holds(results)).toBe(true);
    expect(convoy.prediction?.answer(results)).toBe(5.2);
  });

  it("does not when the two waits overlap in their spread", () => {
    const results = run(
      [
        [ALONE, 5, 1],
        [WITH_CPU, 5, 1.5],
      ],
      2,
    );
    expect(convoy.expects?.holds(results)).toBe(false);
  });
});

describe("the main thread's verdict and prediction", () => {
  it("holds when the page's own work froze it longer than the worker's", () => {
    const results = run([
      [PAGE_FRAMES, 200_000, 400],
      [WORKER_FRAMES, 200_000, 17],
    ]);
    expect(pageThread.expects?.holds(results)).toBe(true);
    expect(pageThread.prediction?.answer(results)).toBe("the work on the page's thread");
  });

  it("does not when the work was too short to miss a frame", () => {
    const results = run([
      [PAGE_FRAMES, 2_000, 17],
      [WORKER_FRAMES, 2_000, 17],
    ]);
    expect(pageThread.expects?.holds(results)).toBe(false);
    expect(pageThread.prediction?.answer(results)).toBe("neither, or both alike");
  });

  it("cannot tell when the page's half did not run (an edited search)", () => {
    const results = run([[WORKER_FRAMES, 2_000, 17]]);
    expect(pageThread.expects?.holds(results)).toBeNull();
    expect(pageThread.prediction?.answer(results)).toBeNull();
  });
});
