import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { measure, type SweepProgress, sweep } from "./measure";

/**
 * A clock only the runs move, so which trial is slowest never depends on how busy the machine
 * running the tests is.
 */
let now = 0;
beforeEach(() => {
  now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

/** A run that takes `ms` on the test's clock. */
function takes(ms: number): void {
  now += ms;
}

describe("sweep", () => {
  it("refuses trials and warm-ups that are not whole counts, saying which", async () => {
    const series = [{ name: "a", run: () => 1 }];
    await expect(sweep({ xs: [1], series, trials: -1 })).rejects.toThrow(
      "trials must be a whole number of at least 1, not -1.",
    );
    await expect(sweep({ xs: [1], series, trials: 2, warmup: 0.5 })).rejects.toThrow(/warmup/);
    await expect(measure(() => 1, { trials: Number.NaN })).rejects.toThrow(/not NaN/);
  });

  it("interleaves trials across series, warms up first, and keeps what each run returned", async () => {
    const calls: string[] = [];
    const series = ["a", "b"].map((name) => ({
      name,
      run: (x: number) => {
        calls.push(`${name}${x}`);
        return { answer: x * 2 };
      },
    }));
    const samples = await sweep({ xs: [1, 2], series, trials: 2 });
    expect(calls).toEqual(["a1", "b1", "a1", "b1", "a1", "b1", "a2", "b2", "a2", "b2"]);
    expect(samples.map((s) => `${s.series}${s.x}#${s.trial}=${s.answer}`)).toEqual([
      "a1#0=2",
      "b1#0=2",
      "a1#1=2",
      "b1#1=2",
      "a2#0=4",
      "b2#0=4",
      "a2#1=4",
      "b2#1=4",
    ]);
  });

  it("marks exactly the slowest trial of each point as dropped when there are three or more", async () => {
    const delays = [1, 8, 1];
    let call = 0;
    const slow = { name: "s", run: () => takes(delays[call++ % 3] as number) };
    const samples = await sweep({ xs: [1], series: [slow], trials: 3, warmup: 0 });
    expect(samples.map((s) => s.dropped === true)).toEqual([false, true, false]);
  });

  it("reports progress, showing only sizes every series has finished", async () => {
    const reports: SweepProgress[] = [];
    const line = { name: "a", run: () => {} };
    await sweep({ xs: [1, 2], series: [line], trials: 2, onProgress: (p) => reports.push(p) });
    expect(reports.map((r) => [r.fraction, r.samples.length])).toEqual([
      [0.25, 0],
      [0.5, 0],
      [0.5, 2],
      [0.75, 2],
      [1, 2],
      [1, 4],
    ]);
  });

  it("stops with the signal's reason at the next run", async () => {
    const controller = new AbortController();
    let runs = 0;
    const line = {
      name: "a",
      run: () => {
        runs += 1;
        if (runs === 3) controller.abort(new Error("stopped"));
      },
    };
    const run = sweep({ xs: [1, 2, 3], series: [line], trials: 2, signal: controller.signal });
    await expect(run).rejects.toThrow("stopped");
    expect(runs).toBe(3);
  });
});

describe("measure", () => {
  it("warms up, times every trial, and summarises the kept ones", async () => {
    let calls = 0;
    const result = await measure(() => takes(++calls === 3 ? 6 : 1), { trials: 4, warmup: 1 });
    expect(calls).toBe(5);
    expect(result.samples).toHaveLength(4);
    expect(result.samples.filter((s) => s.dropped)).toHaveLength(1);
    expect(result.n).toBe(3);
    expect(result.q05).toBeLessThanOrEqual(result.q50);
    expect(result.q50).toBeLessThanOrEqual(result.q95);
    expect(result.samples.map((s) => s.ms)).toEqual([1, 6, 1, 1]);
    expect(result.q95).toBe(1);
  });
});
