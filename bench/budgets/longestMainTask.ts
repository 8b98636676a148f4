import { expect, type Page } from "@playwright/test";
import { lessons } from "../../lessons";
import type { Row } from "../benchmarks/row";

/**
 * `longest-main-task-ms`: the longest task on the page's main thread (Long Tasks API) while each
 * lesson's first experiment runs with its quick parameters (`?quick=1`, so the bench stays short
 * on a busy machine; the defaults draw more points), from the click on Run until the
 * cell has left `running` and drawn its final chart. The API reports only tasks of 50 ms or
 * more, so 0 means none reached 50 ms.
 */
export async function longestMainTask(page: Page, app: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const lesson of lessons) {
    await page.goto(`${app}/?quick=1#/lesson/${lesson.slug}`);
    const cell = page.locator("[data-experiment]").first();
    await expect(cell).toHaveAttribute("data-state", "idle");
    const id = await cell.getAttribute("data-experiment");
    await page.evaluate(() => {
      const watch = window as unknown as { longestTask: number };
      watch.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) {
          watch.longestTask = Math.max(watch.longestTask, task.duration);
        }
      }).observe({ type: "longtask" });
    });
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).not.toHaveAttribute("data-state", /^(idle|running)$/, { timeout: 120_000 });
    expect(await cell.getAttribute("data-state"), `${lesson.slug}/${id}`).toBe("done");
    // The final chart is drawn in the frames after the state changes.
    const longest = await page.evaluate(async () => {
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { longestTask: number }).longestTask;
    });
    rows.push({
      metric: "longest-main-task-ms",
      subject: `${lesson.slug}/${id}`,
      value: longest,
      unit: "ms",
    });
  }
  return rows;
}
