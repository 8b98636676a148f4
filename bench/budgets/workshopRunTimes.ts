import { expect, type Locator, type Page } from "@playwright/test";
import { lessons } from "../../lessons";
import type { Row } from "../benchmarks/row";

/**
 * `workshop-run-s`: how long each experiment cell of every lesson runs at workshop sizes (the
 * header's Sizes switch set to Workshop, as an instructor would), from the click on Run (the
 * event's own timestamp) until the cell leaves `running`: the wait a room sees. One run per
 * cell, in lesson order, the scratch cells excepted (their programs are the reader's). A cell that
 * cannot run in this browser (no WebGPU) has no row.
 */
export async function workshopRunTimes(page: Page, app: string): Promise<Row[]> {
  const rows: Row[] = [];
  await page.goto(`${app}/#/`);
  await page.evaluate(() => localStorage.setItem("corelab:sizes", "workshop"));
  // The switch is read when the notebook starts: a new address after the hash alone would not.
  await page.reload();
  for (const lesson of lessons) {
    await page.goto(`${app}/#/lesson/${lesson.slug}`);
    await expect(page.locator("[data-experiment='scratch']")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Sizes" })).toHaveValue("workshop");
    const cells = page.locator("[data-experiment]:not([data-experiment$='scratch'])");
    for (const cell of await cells.all()) {
      const id = await cell.getAttribute("data-experiment");
      const seconds = await runSeconds(cell);
      if (seconds === null) continue;
      rows.push({
        metric: "workshop-run-s",
        subject: `${lesson.slug}/${id}`,
        value: seconds,
        unit: "s",
      });
    }
  }
  await page.evaluate(() => localStorage.removeItem("corelab:sizes"));
  return rows;
}

/** Runs the cell once; null when it cannot run here. */
async function runSeconds(cell: Locator): Promise<number | null> {
  const run = cell.getByRole("button", { name: "Run", exact: true });
  const unsupported = async () => (await cell.getAttribute("data-state")) === "unsupported";
  await expect.poll(async () => (await unsupported()) || (await run.isEnabled())).toBe(true);
  if (await unsupported()) return null;
  const finished = cell.evaluate(
    (node) =>
      new Promise<number>((resolve) => {
        let clickedAt = 0;
        node.addEventListener("click", (event) => (clickedAt = event.timeStamp), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          const state = node.getAttribute("data-state");
          if (state === "running" || state === "idle") return;
          observer.disconnect();
          resolve(performance.now() - clickedAt);
        });
        observer.observe(node, { attributeFilter: ["data-state"] });
      }),
  );
  await run.click();
  const ms = await finished;
  expect(await cell.getAttribute("data-state")).toBe("done");
  return ms / 1000;
}
