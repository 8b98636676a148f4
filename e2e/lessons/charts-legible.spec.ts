import type { Locator } from "@playwright/test";
import { expect, experimentCell, runCell, test } from "../support/fixtures";

// A chart a reader can trust at a glance: ticks without exponents, each unit said once, and the
// 5–95 % bands drawn faint and under every median. Checked on drawn charts of the shared
// kind (kit/charts.ts), over axes from a handful of tasks to a million numbers.

const CELLS = [
  { lesson: "why-parallel", id: "count-primes" },
  { lesson: "pools", id: "process-vs-pool" },
  { lesson: "pitfalls", id: "race" },
];

/** What the drawn chart says and in which order it paints its marks. */
function readChart(cell: Locator) {
  return cell
    .locator(".results .plot svg[aria-label]")
    .first()
    .evaluate((svg) => {
      const texts = (selector: string) =>
        [...svg.querySelectorAll(selector)].map((node) => node.textContent ?? "");
      const marks = [...svg.querySelectorAll(":scope > g[aria-label]")];
      const order = (label: string) =>
        marks.flatMap((mark, i) => (mark.getAttribute("aria-label") === label ? [i] : []));
      return {
        ticks: texts("g[aria-label$='tick label'] text"),
        axisLabels: texts("g[aria-label$='axis label'] text"),
        areas: order("area"),
        lines: order("line"),
        bandOpacity: Number(
          svg.querySelector("g[aria-label='area']")?.getAttribute("fill-opacity"),
        ),
      };
    });
}

for (const { lesson, id } of CELLS) {
  test(`${lesson}/${id}: plain ticks, units once, medians over their bands`, async ({ page }) => {
    await page.goto(`/?quick=1#/lesson/${lesson}`);
    const cell = experimentCell(page, id);
    expect(await runCell(cell, 120_000)).toBe("done");
    await expect(cell.locator(".results .plot svg g[aria-label='line']").first()).toBeAttached();
    const chart = await readChart(cell);

    expect(chart.ticks.length).toBeGreaterThan(2);
    for (const tick of chart.ticks) expect(tick, "a tick in exponent notation").not.toMatch(/\de/i);
    for (const label of chart.axisLabels) {
      // "tasks (tasks)": a name followed by itself in brackets.
      expect(label, "a unit said twice").not.toMatch(/(^|\s)([^\s()]+) \(\2\)/);
    }
    expect(chart.areas.length).toBeGreaterThan(0);
    expect(Math.max(...chart.areas)).toBeLessThan(Math.min(...chart.lines));
    expect(chart.bandOpacity).toBeLessThanOrEqual(0.15);
  });
}
