import { measured, medianAt, medianField, pointsOf, seriesNames, xsOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test.describe("Chunk size", () => {
  test("the lesson states CPython's rules as CPython has them", async ({ page }) => {
    await page.goto("/#/lesson/chunk-size");
    const lesson = page.locator("main");
    // The default chunk size: len(self._pool), the pool's workers; `len(pool)` is no API.
    await expect(lesson).toContainText("divmod(len(iterable), len(self._pool) * 4)");
    await expect(lesson).not.toContainText("len(pool)");
    // One chunk of add-one costs little in CPython (measured with python3 3.11).
    await expect(lesson).not.toContainText("the curve rises again");
    await expect(lesson).toContainText("CPython's times flatten at the right instead of rising");
    // The uneven experiment uses every core, not two workers.
    await expect(lesson).toContainText("The experiment uses one worker per core.");
    await expect(lesson).not.toContainText("the other the expensive second half");
    // The bytes-in-flight twin measures instead of printing a formula.
    const twin = experimentCell(page, "bytes-in-flight").locator("code.language-python");
    await expect(twin).toContainText("self.peak = max(self.peak, self.taken - self.returned)");
    await expect(twin).not.toContainText("import numpy");
    // The uneven twin's sizes are set small for a laptop and smaller for the tab.
    await expect(experimentCell(page, "uneven-tasks")).toContainText("UNIT = 20 (not 100)");
  });

  test("for tiny tasks, chunk size 1 is several times slower than the best", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "tiny-tasks");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    // One series per input size, the largest measured last; where the page shares memory, the
    // largest once more on a pool that sends every chunk by message.
    const names = seriesNames(results);
    const byMessage = names.filter((name) => name.endsWith(", by message"));
    const largest = measured(names.filter((name) => !byMessage.includes(name)).at(-1));
    const atOne = measured(medianAt(results, largest, 1));
    const best = Math.min(...pointsOf(results, largest).map((row) => row.q50));
    // A message per task against one per thousand: hundreds of times slower, even on a machine
    // whose cores are busy elsewhere, so 3× holds under any load.
    expect(atOne).toBeGreaterThan(3 * best);
    // Python's default chunk size is marked on the chart.
    await expect(cell.getByRole("img", { name: /default chunk size starred/ })).toBeVisible();
    const shares = process.env.CORELAB_POOL_DISPATCH !== "messages";
    expect(byMessage).toEqual(shares ? [`${largest}, by message`] : []);
    await expect(cell).toContainText(
      shares
        ? /How the chunks travelled.*through shared memory.*At chunk size 1: .* ms by message/s
        : /How the chunks travelled.*by message.*cannot share memory/s,
    );
  });

  test("uneven tasks: every chunk size is timed with its busiest worker and idle time", async ({
    page,
  }) => {
    await page.goto("/#/lesson/chunk-size");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    test.skip(cores < 2, "imbalance needs two workers or more");
    const cell = experimentCell(page, "uneven-tasks");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const halves = Math.ceil(64 / cores);
    const shareAt = (x: number, field: string) =>
      measured(medianField(results, `pool of ${cores}`, x, field));
    // Both shares are times, so how uneven one chunk per worker looks (75 % for the busiest
    // worker on a quiet 2-core machine) depends on what else the cores run; each must be a share.
    for (const x of [1, halves]) {
      expect(shareAt(x, "busiestShare")).toBeGreaterThanOrEqual(1 / cores);
      expect(shareAt(x, "busiestShare")).toBeLessThanOrEqual(1);
      expect(shareAt(x, "idle")).toBeGreaterThanOrEqual(0);
      expect(shareAt(x, "idle")).toBeLessThan(1);
    }
    await expect(cell.locator(".headline")).toContainText(
      `One chunk per worker (${halves} tasks each)`,
    );
    // The timeline shows that run: one lane per worker.
    expect(new Set(results.timeline?.map((bar) => bar.lane)).size).toBe(cores);
  });

  test("bigger chunks put more bytes in flight", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/chunk-size");
    const cell = experimentCell(page, "bytes-in-flight");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const pool = `pool of ${results.environment.hardwareConcurrency}, copying rows`;
    const sizes = xsOf(results, pool);
    const smallest = measured(medianField(results, pool, sizes[0] as number, "peakBytes"));
    const largest = measured(medianField(results, pool, sizes.at(-1) as number, "peakBytes"));
    expect(smallest).toBeGreaterThanOrEqual(32 * 1024);
    expect(largest).toBeGreaterThan(4 * smallest);
  });
});
