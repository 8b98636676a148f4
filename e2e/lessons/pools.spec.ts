import { largestX, measured, medianAt, samplesOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test.describe("Pools", () => {
  test("a new worker per task is far slower than a reused pool, and the start cost is measured", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "process-vs-pool");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const x = largestX(results);
    const reused = `pool of ${results.environment.hardwareConcurrency}, reused`;
    expect(medianAt(results, "new worker per task", x)).toBeGreaterThan(
      2 * measured(medianAt(results, reused, x)),
    );
    const starts = results.samples.map((s) => s.workerStartMs).filter((ms) => ms !== undefined);
    expect(starts.length).toBeGreaterThan(0);
    for (const ms of starts) expect(ms).toBeGreaterThan(0);
    await expect(cell.locator(".headline")).toContainText("Starting a worker took");
  });

  test("map hands over everything at the end; the streaming variants start sooner", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "map-variants");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    // map: every result of a trial arrives at the same moment.
    for (const trial of new Set(results.samples.map((s) => s.trial))) {
      const times = samplesOf(results, "map")
        .filter((s) => s.trial === trial)
        .map((s) => s.ms);
      expect(new Set(times).size).toBe(1);
    }
    const first = (series: string) => measured(medianAt(results, series, 1));
    expect(first("imap_unordered")).toBeLessThan(first("map"));
    expect(first("imap")).toBeLessThan(first("map"));
    // imap_unordered never keeps a finished result from the caller.
    for (const s of samplesOf(results, "imap_unordered")) {
      expect(s.mostHeldBack).toBeLessThanOrEqual(1);
    }
  });

  test("one pool kept open beats a new pool per call", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "reuse-pool");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const x = largestX(results);
    expect(medianAt(results, "new pool per call", x)).toBeGreaterThan(
      1.5 * measured(medianAt(results, "one pool, reused", x)),
    );
  });

  test("speedup grows up to the core count, and Amdahl's law is fitted to it", async ({ page }) => {
    await page.goto("/#/lesson/pools");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const cell = experimentCell(page, "worker-count");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(new Set(results.samples.map((s) => s.x))).toEqual(
      new Set(Array.from({ length: 2 * cores }, (_, i) => i + 1)),
    );
    await expect(
      cell.getByRole("img", { name: /Speedup against the number of workers/ }),
    ).toBeVisible();
    await expect(cell.locator(".headline")).toContainText("serial fraction");
    test.skip(cores < 2, "speedup needs two cores or more");
    const speedup =
      measured(medianAt(results, "measured", 1)) / measured(medianAt(results, "measured", cores));
    expect(speedup).toBeGreaterThan(1.3);
  });
});
