import { expect, type Locator, type Page } from "@playwright/test";
import { lessons } from "../../lessons";
import type { Row } from "../benchmarks/row";

/**
 * `longest-main-task-ms`: the longest task on the page's main thread (Long Tasks API) while an
 * experiment runs, one row per experiment of every lesson, from the click on Run until the cell
 * has left `running` and drawn its final chart. Runs use the quick parameters (`?quick=1`) so
 * the bench stays short; the defaults draw more points, not longer tasks per point, except
 * where inputs are made on the page. Skipped: experiments that freeze the page on purpose
 * (`data-freezes-page`, the page's-thread series) and the scratch cell (the reader's code).
 * Each cell is scrolled into view and its code editor has replaced its placeholder before the
 * clock: CodeMirror's start as a cell comes near is scrolling's cost, not the run's (the first
 * one on a page is a task of 50 to 90 ms on this machine, unmeasured here).
 * The API reports only tasks of 50 ms or more, so 0 means none reached 50 ms.
 */
export async function longestMainTask(page: Page, app: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const lesson of lessons) {
    await page.goto(`${app}/?quick=1#/lesson/${lesson.slug}`);
    // The lesson has loaded once its scratch cell, the last cell, is there.
    await expect(page.locator("[data-experiment='scratch']")).toBeVisible();
    const cells = page.locator(
      "[data-experiment]:not([data-freezes-page]):not([data-experiment='scratch'])",
    );
    for (const cell of await cells.all()) {
      const id = await cell.getAttribute("data-experiment");
      const run = cell.getByRole("button", { name: "Run", exact: true });
      // Run is enabled once the browser's capabilities are read, unless the cell cannot run.
      const unsupported = async () => (await cell.getAttribute("data-state")) === "unsupported";
      await expect.poll(async () => (await unsupported()) || (await run.isEnabled())).toBe(true);
      if (await unsupported()) continue;
      rows.push({
        metric: "longest-main-task-ms",
        subject: `${lesson.slug}/${id}`,
        value: await longestTaskWhileRunning(page, cell),
        unit: "ms",
      });
    }
  }
  return rows;
}

/** Runs the cell and returns the longest main-thread task seen until its final chart is drawn. */
async function longestTaskWhileRunning(page: Page, cell: Locator): Promise<number> {
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".code-placeholder")).toHaveCount(0);
  await page.evaluate(() => {
    const watch = window as unknown as { longestTask: number; taskObserver?: PerformanceObserver };
    watch.taskObserver?.disconnect();
    watch.longestTask = 0;
    watch.taskObserver = new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        watch.longestTask = Math.max(watch.longestTask, task.duration);
      }
    });
    watch.taskObserver.observe({ type: "longtask" });
  });
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(cell).not.toHaveAttribute("data-state", /^(idle|running)$/, { timeout: 180_000 });
  expect(await cell.getAttribute("data-state")).toBe("done");
  // The final chart is drawn in the frames after the state changes.
  return page.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { longestTask: number }).longestTask;
  });
}
