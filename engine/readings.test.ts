import { describe, expect, it } from "vitest";
import { collectReadings } from "./readings";

describe("collectReadings", () => {
  it("keeps every reading as a sample, numbered per series and x, after a warm-up", async () => {
    const calls: string[] = [];
    const samples = await collectReadings({
      xs: [1, 2],
      runs: 2,
      series: [
        {
          name: "a",
          run: async (x) => {
            calls.push(`a${x}`);
            return [{ ms: x }, { ms: 10 * x, detail: "yes" }];
          },
        },
        {
          name: "b",
          run: async (x) => {
            calls.push(`b${x}`);
            return [{ ms: -x }];
          },
        },
      ],
    });
    // Warm-up at the first x, then runs interleaved across series.
    expect(calls).toEqual(["a1", "b1", "a1", "b1", "a1", "b1", "a2", "b2", "a2", "b2"]);
    const a2 = samples.filter((s) => s.series === "a" && s.x === 2);
    expect(a2.map((s) => [s.trial, s.run, s.ms])).toEqual([
      [0, 0, 2],
      [1, 0, 20],
      [2, 1, 2],
      [3, 1, 20],
    ]);
    expect(a2[1]?.detail).toBe("yes");
    expect(samples.filter((s) => s.series === "b")).toHaveLength(4);
  });

  it("files a reading under the series it names", async () => {
    const samples = await collectReadings({
      xs: [1],
      runs: 2,
      warmup: 0,
      series: [
        {
          name: "run",
          run: async () => [
            { series: "frames", ms: 1 },
            { series: "keys", ms: 2 },
          ],
        },
      ],
    });
    expect(samples.map((s) => [s.series, s.trial, s.run])).toEqual([
      ["frames", 0, 0],
      ["keys", 0, 0],
      ["frames", 1, 1],
      ["keys", 1, 1],
    ]);
  });

  it("reports progress and stops when aborted", async () => {
    const controller = new AbortController();
    const fractions: number[] = [];
    const run = collectReadings({
      xs: [1, 2, 3],
      runs: 1,
      warmup: 0,
      signal: controller.signal,
      onProgress: ({ fraction }) => {
        fractions.push(fraction);
        if (fraction >= 2 / 3) controller.abort(new Error("stopped"));
      },
      series: [{ name: "a", run: async () => [{ ms: 1 }] }],
    });
    await expect(run).rejects.toThrow("stopped");
    expect(fractions.at(-1)).toBeCloseTo(2 / 3);
  });
});
