import type { Results } from "../../common/results";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** A field of the kept samples at one chunk size, as a median. */
function medianField(results: Results, x: number, field: string): number {
  return median(
    results.samples.filter((s) => s.x === x && !s.dropped).map((s) => s[field] as number),
  );
}

test.describe("Chunk size", () => {
  test("for tiny tasks, chunk size 1 is several times slower than the best", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "tiny-tasks");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const largest = results.summary.filter((row) => row.series === results.summary.at(-1)?.series);
    const atOne = largest.find((row) => row.x === 1)?.q50 as number;
    const best = Math.min(...largest.map((row) => row.q50));
    expect(atOne).toBeGreaterThan(3 * best);
    // Python's default chunk size is marked on the chart.
    await expect(cell.getByRole("img", { name: /default chunk size starred/ })).toBeVisible();
  });

  test("uneven tasks in one chunk per worker leave a worker idle", async ({ page }) => {
    await page.goto("/#/lesson/chunk-size");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    test.skip(cores < 2, "imbalance needs two workers or more");
    const cell = experimentCell(page, "uneven-tasks");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const halves = Math.ceil(64 / cores);
    // Task i costs i + 1: with one chunk per worker on 2 cores, one worker gets 1552 of the
    // 2080 units (75 %); chunk size 1 spreads them evenly. Idle time shows it on a quiet
    // machine; the busiest worker's share shows it even on a loaded one.
    expect(medianField(results, halves, "busiestShare")).toBeGreaterThan(
      medianField(results, 1, "busiestShare") + 0.1,
    );
    // Some smaller chunk size beats one chunk per worker (which one depends on the machine).
    const at = (x: number) => results.summary.find((row) => row.x === x)?.q50 as number;
    const smaller = results.summary.filter((row) => row.x < halves).map((row) => row.q50);
    expect(Math.min(...smaller)).toBeLessThan(at(halves));
    expect(new Set(results.timeline?.map((bar) => bar.lane)).size).toBe(cores);
  });

  test("bigger chunks put more bytes in flight", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "bytes-in-flight");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const sizes = [...new Set(results.samples.map((s) => s.x))].sort((a, b) => a - b);
    const smallest = medianField(results, sizes[0] as number, "peakBytes");
    const largest = medianField(results, sizes.at(-1) as number, "peakBytes");
    expect(smallest).toBeGreaterThanOrEqual(32 * 1024);
    expect(largest).toBeGreaterThan(4 * smallest);
  });
});
