import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test } from "../e2e/support/fixtures";
import type { Row } from "./benchmarks/row";
import { budgets } from "./budgets";
import { cpythonPool } from "./native/cpythonPool";
import { APP } from "./playwright.config";
import { type Environment, markdownReport } from "./report";

const RESULTS = join(import.meta.dirname, "results");
/**
 * `CORELAB_BENCH_ONLY=taskOverhead,workshopRunTimes npm run bench`: only these benchmarks and
 * budgets (and `cpythonPool`, the machine's own CPython), and nothing written.
 */
const only = process.env.CORELAB_BENCH_ONLY?.split(",");

/**
 * Runs every benchmark of `window.benchmarks` in the built bench page, each on a fresh page so no
 * worker or garbage of one is left for the next, then writes the rows to results/latest.json
 * and results/latest.md; before writing, the notebook's budgets (budgets/) run against the built
 * notebook itself. Only the page measures (the budgets read its responses, Long Tasks and
 * event timestamps); this file orchestrates and writes. The page
 * must stay silent (the fixture fails the run on a console error or warning), and a benchmark
 * that throws fails the run; a missed target does not.
 */
test("benchmarks", async ({ page }) => {
  await openBenchPage(page);
  const all = await page.evaluate(() => Object.keys(window.benchmarks));
  const names = only ? all.filter((name) => only.includes(name)) : all;
  const rows: Row[] = [];
  for (const name of names) {
    await test.step(name, async () => {
      await openBenchPage(page);
      const measured = await page.evaluate((benchmark) => {
        const run = window.benchmarks[benchmark];
        if (!run) throw new Error(`There is no benchmark named ${benchmark}.`);
        return run();
      }, name);
      rows.push(...measured);
    });
  }
  if (!only || only.includes("cpythonPool")) {
    await test.step("cpythonPool", async () => {
      rows.push(...(await cpythonPool()));
    });
  }
  for (const [name, budget] of Object.entries(budgets)) {
    if (only && !only.includes(name)) continue;
    await test.step(name, async () => {
      rows.push(...(await budget(page, APP)));
    });
  }
  if (only) {
    // A partial run, to iterate on a few: its rows are printed, never written.
    console.log(markdownReport(rows, await environmentOf(page)));
    return;
  }
  const environment = await environmentOf(page);
  // Four significant digits: on a shared machine even the fourth is mostly noise.
  const rounded = rows.map((row) => ({ ...row, value: Number(row.value.toPrecision(4)) }));
  await mkdir(RESULTS, { recursive: true });
  await writeAtomically("latest.json", `${JSON.stringify(rounded, null, 2)}\n`);
  await writeAtomically("latest.md", markdownReport(rounded, environment));
});

function environmentOf(page: Page): Promise<Environment> {
  return page.evaluate(() => ({
    date: new Date().toISOString(),
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
  }));
}

async function openBenchPage(page: Page): Promise<void> {
  await page.goto("/");
  await page.waitForFunction(() => document.body.dataset.ready === "true");
}

/** Through a temporary file, so an interrupted run never leaves half a result behind. */
async function writeAtomically(name: string, text: string): Promise<void> {
  const path = join(RESULTS, name);
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}
