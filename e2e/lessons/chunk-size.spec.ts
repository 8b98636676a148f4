import { measured, medianAt, medianField, pointsOf, seriesNames, xsOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test.describe("Chunk size", () => {
  test("for tiny tasks, chunk size 1 is several times slower than the best", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "tiny-tasks");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const largest = pointsOf(results, measured(seriesNames(results).at(-1)));
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
    const pool = `pool of ${cores}`;
    // Task i costs i + 1: with one chunk per worker on 2 cores, one worker gets 1552 of the
    // 2080 units (75 %); chunk size 1 spreads them evenly. Idle time shows it on a quiet
    // machine; the busiest worker's share shows it even on a loaded one.
    expect(medianField(results, pool, halves, "busiestShare")).toBeGreaterThan(
      measured(medianField(results, pool, 1, "busiestShare")) + 0.1,
    );
    // Some smaller chunk size beats one chunk per worker (which one depends on the machine).
    const at = (x: number) => measured(medianAt(results, pool, x));
    const smaller = pointsOf(results, pool)
      .filter((row) => row.x < halves)
      .map((row) => row.q50);
    expect(Math.min(...smaller)).toBeLessThan(at(halves));
    expect(new Set(results.timeline?.map((bar) => bar.lane)).size).toBe(cores);
  });

  test("bigger chunks put more bytes in flight", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "bytes-in-flight");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const pool = `pool of ${results.environment.hardwareConcurrency}, copying rows`;
    const sizes = xsOf(results);
    const smallest = measured(medianField(results, pool, sizes[0] as number, "peakBytes"));
    const largest = measured(medianField(results, pool, sizes.at(-1) as number, "peakBytes"));
    expect(smallest).toBeGreaterThanOrEqual(32 * 1024);
    expect(largest).toBeGreaterThan(4 * smallest);
  });
});
