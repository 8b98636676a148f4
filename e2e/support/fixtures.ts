import { readFile } from "node:fs/promises";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { parseResults, type Results } from "../../common/results";

/**
 * Every test fails if the page writes an error or a warning to the console, or throws:
 * a healthy run is silent (DESIGN.md, test contract).
 */
/**
 * Messages the browser itself prints on a healthy path. Chromium logs this one from
 * `navigator.gpu.requestAdapter()` whenever there is no adapter, which is how the page learns
 * that WebGPU is unavailable. Playwright logs the second in tests that block service workers to
 * keep a page from becoming cross-origin isolated.
 */
const BROWSER_NOTICES = new Set([
  "No available adapters.",
  "Service Worker registration blocked by Playwright",
]);

/**
 * `CORELAB_POOL_DISPATCH=messages npx playwright test …` runs the specs with pools on their
 * message path, as in a browser without `Atomics.waitAsync` (the page hides it before any script
 * runs); unset, a cross-origin-isolated page's pools dispatch through shared memory.
 */
const POOL_DISPATCH = process.env.CORELAB_POOL_DISPATCH;

export const test = base.extend<{
  consoleProblems: string[];
  expectedConsole: RegExp[];
  poolDispatch: undefined;
}>({
  poolDispatch: [
    async ({ page }, use) => {
      if (POOL_DISPATCH === "messages") {
        await page.addInitScript(() => {
          Reflect.deleteProperty(Atomics, "waitAsync");
        });
      }
      await use(undefined);
    },
    { auto: true },
  ],
  /**
   * Console messages a test provokes on purpose, such as the browser's "Failed to load
   * resource" when a fault-injection test blocks a worker's script.
   */
  expectedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        const problem = message.type() === "error" || message.type() === "warning";
        const expected = expectedConsole.some((pattern) => pattern.test(message.text()));
        if (problem && !expected && !BROWSER_NOTICES.has(message.text())) {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, "the page wrote to the console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function experimentCell(page: Page, id: string): Locator {
  return page.locator(`[data-experiment="${id}"]`);
}

/** Clicks Run and waits for the cell to leave `running`; returns the state it ended in. */
export async function runCell(cell: Locator, timeout = 60_000): Promise<string | null> {
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(cell).not.toHaveAttribute("data-state", /^(idle|running)$/, { timeout });
  return cell.getAttribute("data-state");
}

/** Clicks a download button and returns the file's text. */
export async function downloadText(cell: Locator, name: "Download JSON" | "Download CSV") {
  const [download] = await Promise.all([
    cell.page().waitForEvent("download"),
    cell.getByRole("button", { name }).click(),
  ]);
  return readFile(await download.path(), "utf8");
}

/** The cell's "Download JSON", checked against the results schema. */
export async function downloadResults(cell: Locator): Promise<Results> {
  return parseResults(JSON.parse(await downloadText(cell, "Download JSON")));
}

/** Imports results files into a cell through its "Import results…" button, as a reader would. */
export async function importFiles(cell: Locator, files: { name: string; text: string }[]) {
  const [chooser] = await Promise.all([
    cell.page().waitForEvent("filechooser"),
    cell.getByRole("button", { name: "Import results…" }).click(),
  ]);
  await chooser.setFiles(
    files.map(({ name, text }) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text),
    })),
  );
}

/** Number of drawn marks (paths and dots) in the cell's chart. */
export function chartMarks(cell: Locator): Locator {
  return cell.locator(".plot svg g[aria-label='line'] path, .plot svg g[aria-label='area'] path");
}

/** π(n), the count of primes below n, by a sieve: computed apart from the page's code. */
export function primesBelow(n: number): number {
  const composite = new Uint8Array(n);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  return count;
}
