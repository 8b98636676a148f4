import { expect, experimentCell, runCell, test } from "../support/fixtures";

/** The chunk holding Observable Plot: fetched only when a chart is due. */
const PLOT_CHUNK = /\/plotExports-[^/]*\.js$/;

test.describe("Charts load Plot only when one is due", () => {
  // Playwright's routing cannot see requests a service worker answers from its cache.
  test.use({ serviceWorkers: "block" });

  test("the first lesson fetches no Plot until its chart scrolls into view, which then fills the same room", async ({
    page,
  }) => {
    const plotRequests: string[] = [];
    page.on("request", (request) => {
      if (PLOT_CHUNK.test(request.url())) plotRequests.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto("/#/lesson/why-parallel");
    const placeholder = page.locator("#amdahl .plot-placeholder");
    await expect(placeholder).toBeAttached();
    const waiting = await placeholder.boundingBox();
    // The test means something only while the chart starts out of view.
    expect(waiting?.y).toBeGreaterThan(600);
    await page.waitForLoadState("networkidle");
    expect(plotRequests).toEqual([]);

    await placeholder.scrollIntoViewIfNeeded();
    const chart = page.getByRole("img", { name: /^Amdahl's law: speedup against cores/ });
    await expect(chart).toBeVisible();
    expect(plotRequests).toHaveLength(1);
    const drawn = await page.locator("#amdahl .plot").boundingBox();
    expect(drawn?.height).toBe(waiting?.height);
  });

  test("a results chart keeps its room while Plot loads, within a few pixels", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/why-parallel");
    const cell = experimentCell(page, "count-primes");
    // Hold Plot back until the run has drawn its placeholder, then let it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(PLOT_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    const placeholder = cell.locator(".results .plot-placeholder").first();
    await expect(placeholder).toBeVisible();
    const waiting = await placeholder.boundingBox();
    release();
    await expect(cell).toHaveAttribute("data-state", "done", { timeout: 60_000 });
    // Plot draws on the frame after the state changes: measure the chart once it is there.
    const chart = cell.locator(".results .plot").first();
    await expect(chart.locator("svg").first()).toBeVisible();
    const drawn = await chart.boundingBox();
    expect(Math.abs((drawn?.height ?? 0) - (waiting?.height ?? 0))).toBeLessThanOrEqual(4);
  });

  test.describe("when Plot cannot be fetched", () => {
    test.use({ expectedConsole: [/Failed to load resource/] });

    test("the cell says so, and the numbers stay in the table", async ({ page }) => {
      await page.route(PLOT_CHUNK, (route) => route.abort());
      await page.goto("/?quick=1#/lesson/why-parallel");
      const cell = experimentCell(page, "count-primes");
      await runCell(cell);
      await expect(cell.getByRole("alert").first()).toContainText(
        "The chart library could not be loaded",
      );
      await cell.getByText("The numbers behind the chart").first().click();
      await expect(cell.getByRole("table").first()).toContainText("main thread");
    });
  });
});
