import { largestX, measured, medianAt } from "../../kit/queries";
import {
  chartMarks,
  downloadResults,
  downloadText,
  expect,
  experimentCell,
  primesBelow,
  runCell,
  test,
} from "../support/fixtures";

test.describe("Why parallel?", () => {
  test("with the defaults, every series counts the primes, and the headline gives the pool's measured speedup", async ({
    page,
  }) => {
    await page.goto("/#/lesson/why-parallel");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const cell = experimentCell(page, "count-primes");
    expect(await runCell(cell)).toBe("done");
    await expect(cell.locator(".headline")).toContainText("At n = 2,000,000");

    const results = await downloadResults(cell);
    const largest = largestX(results);
    expect(largest).toBe(2_000_000);
    // Every series found the same, right number of primes at every size.
    for (const sample of results.samples) expect(sample.primes).toBe(primesBelow(sample.x));

    // How much the pool gains depends on what else the cores run (about 1.6× on a quiet 2-core
    // machine; the parallel-efficiency row of `npm run bench` measures it): the headline names
    // the ratio this run measured, whichever way it went.
    const pool = measured(medianAt(results, `pool of ${cores}`, largest));
    const one = measured(medianAt(results, "1 worker", largest));
    const speedup = one / pool;
    await expect(cell.locator(".headline")).toContainText(
      speedup >= 1
        ? `the pool was ${speedup.toFixed(2)}× faster`
        : `the pool was ${(1 / speedup).toFixed(2)}× slower`,
    );
  });

  test("the chart, the table and both downloads carry the same measurements", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/why-parallel");
    const cell = experimentCell(page, "count-primes");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const series = new Set(results.summary.map((row) => row.series));
    expect(series.size).toBe(3);
    await expect.poll(() => chartMarks(cell).count()).toBeGreaterThanOrEqual(2 * series.size);
    await expect(cell.getByRole("img", { name: /Runtime against n/ })).toBeVisible();

    // The timeline of the pool's last run: one lane per worker, three bars per chunk.
    const cores = results.environment.hardwareConcurrency;
    const lanes = new Set(results.timeline?.map((bar) => bar.lane));
    expect(lanes.size).toBe(cores);
    expect(results.timeline).toHaveLength(3 * 4 * cores);
    await expect(cell.getByRole("img", { name: /Inside the pool/ })).toBeVisible();

    await cell.getByText("The numbers behind the chart").click();
    const rows = cell.locator("tbody tr");
    await expect(rows).toHaveCount(new Set(results.summary.map((row) => row.x)).size);

    const csv = (await downloadText(cell, "Download CSV")).trim().split("\n");
    expect(csv[0]).toBe("series,x,trial,ms,primes,dropped");
    expect(csv).toHaveLength(results.samples.length + 1);
    expect(results.params).toEqual({ maxN: 100_000, trials: 3 });
  });

  test("Stop ends a run at once and keeps the sizes already measured", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel");
    const cell = experimentCell(page, "count-primes");
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell.locator(".results")).toBeVisible({ timeout: 30_000 });
    await cell.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "stopped", { timeout: 1_000 });
    await expect(cell.locator(".state-badge")).toContainText("points measured so far are kept");

    const results = await downloadResults(cell);
    const trials = results.params.trials as number;
    const sizes = new Set(results.samples.map((s) => s.x));
    expect(sizes.size).toBeGreaterThan(0);
    expect(results.samples).toHaveLength(sizes.size * 3 * trials);

    // The pools were torn down and the cell runs again.
    await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "running");
    await cell.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "stopped");
  });

  test("a parameter out of range is refused with its valid range", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel");
    const cell = experimentCell(page, "count-primes");
    const input = cell.getByLabel("Largest n");
    await input.fill("50");
    await expect(
      cell.getByText("Largest n must be from 100,000 to 10,000,000 numbers."),
    ).toBeVisible();
    await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeDisabled();
    await input.fill("200000");
    await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
  });

  test("Amdahl's curve follows its sliders", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel/amdahl");
    const widget = page.locator("#amdahl");
    await expect(widget).toBeInViewport();
    await widget.getByLabel("Serial fraction s").fill("20");
    await widget.getByLabel("Cores p").fill("64");
    // 1 / (0.2 + 0.8 / 64) = 4.705…
    await expect(widget.getByTestId("amdahl-reading")).toHaveText(
      "With 20 % serial work, 64 cores give a speedup of 4.71×; no number of cores can give more than 5×.",
    );
    await expect(widget.locator(".plot svg")).toBeVisible();
  });

  test("a deep link opens the lesson at its cell", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel/count-primes");
    await expect(experimentCell(page, "count-primes")).toBeInViewport();
    await expect(page.getByRole("heading", { level: 1 })).not.toBeInViewport();
  });
});
