import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { largestX, samplesOf, seriesNames } from "../../kit/queries";
import {
  FREE_THREADS,
  GIL_THREADS,
  PAGE_FRAMES,
  PAGE_KEYS,
  POOL,
  PROCESSES,
  SERIAL,
  WITH_CPU,
  WORKER_FRAMES,
  WORKER_KEYS,
} from "../../lessons/gil/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { errorMarkOnLine, lineOf, openTaskEditor, replaceTaskCode } from "../support/taskEditor";

/** The kernel file as the repository has it: what the editor must show and reset to. */
const KERNEL = readFileSync(new URL("../../workers/kernels/nth-prime.ts", import.meta.url), "utf8");
const FOUND_LINE = "    if (isPrime(candidate) && ++found === n) return candidate;";
const CHECK_LINE = "    checkpoint();";

/** The k-th prime for every k ≤ count, computed apart from the page. */
function primesUpTo(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((p) => p * p > candidate || candidate % p !== 0)) primes.push(candidate);
  }
  return primes;
}

/** Opens a GIL cell's editor on nth-prime.ts; returns the cell and its editor. */
async function openEditor(page: Page, id: string, title: string) {
  await page.goto("/?quick=1#/lesson/gil");
  const cell = experimentCell(page, id);
  const editor = await openTaskEditor(cell, title);
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveText(KERNEL.replaceAll("\n", ""));
  return { cell, editor };
}

const THREADS_VS_PROCESSES = "CPU-bound: the N-th prime, four times";

test.describe("Editing the GIL lesson's n-th prime search", () => {
  // CodeMirror draws only the lines in view: a tall window shows the whole file at once.
  test.use({ viewport: { width: 1280, height: 2000 } });

  test("threads and processes both run the edit; Reset runs the original", async ({ page }) => {
    const { cell, editor } = await openEditor(page, "threads-vs-processes", THREADS_VS_PROCESSES);
    // Every search returns ten times its prime: a change each sample's lastPrime must show.
    await replaceTaskCode(
      editor,
      KERNEL.replace(FOUND_LINE, FOUND_LINE.replace("return candidate", "return 10 * candidate")),
    );
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();

    expect(await runCell(cell)).toBe("done");
    const edited = await downloadResults(cell);
    // Nothing ran on the page, so nothing is left out: three thread modes and two of processes.
    expect(seriesNames(edited)).toEqual([SERIAL, GIL_THREADS, FREE_THREADS, PROCESSES, POOL]);
    const nth = primesUpTo(largestX(edited) + 3);
    for (const sample of edited.samples) {
      expect(sample.lastPrime, sample.series).toBe(10 * (nth[sample.x + 2] as number));
    }
    // The edit kept `checkpoint()`, so the GIL threads still hand the lock over.
    for (const sample of samplesOf(edited, GIL_THREADS)) {
      expect(sample.handoffs).toBeGreaterThan(0);
    }

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    await expect(cell.getByText("edited", { exact: true })).toHaveCount(0);
    await expect(editor).toHaveText(KERNEL.replaceAll("\n", ""));
    expect(await runCell(cell)).toBe("done");
    const original = await downloadResults(cell);
    for (const sample of original.samples) {
      expect(sample.lastPrime, sample.series).toBe(nth[sample.x + 2]);
    }
  });

  test("an error thrown in a modelled thread shows at its line", async ({ page }) => {
    const { cell, editor } = await openEditor(page, "threads-vs-processes", THREADS_VS_PROCESSES);
    const line = lineOf(KERNEL, CHECK_LINE);
    // Only a GIL thread passes a checkpoint; a pool's worker calls nthPrime(n) alone.
    const throwInThreads = '    if (checkpoint !== noCheck) throw new Error("in a thread");';
    await replaceTaskCode(editor, KERNEL.replace(CHECK_LINE, throwInThreads));

    expect(await runCell(cell)).toBe("error");
    await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
      `Line ${line}: Task 0 threw: in a thread`,
    );
    await expect(errorMarkOnLine(cell, line)).toContainText("throw new Error");
  });

  test("a compile error shows at its line and column", async ({ page }) => {
    const { cell, editor } = await openEditor(page, "threads-vs-processes", THREADS_VS_PROCESSES);
    const line = lineOf(KERNEL, "let found = 0;");
    await replaceTaskCode(editor, KERNEL.replace("let found = 0;", "let found = ;"));

    expect(await runCell(cell)).toBe("error");
    await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
      `Line ${line}, column 15: Unexpected token`,
    );
    await expect(errorMarkOnLine(cell, line)).toHaveText(";");
  });

  test("the page-thread experiment runs an edit only in its worker", async ({ page }) => {
    const { cell, editor } = await openEditor(
      page,
      "page-thread",
      "The main thread: frozen or free",
    );
    await replaceTaskCode(
      editor,
      KERNEL.replace(FOUND_LINE, FOUND_LINE.replace("return candidate", "return -candidate")),
    );
    await expect(
      cell.getByText(/“on the page's thread: .*” are left out of the run/),
    ).toBeVisible();

    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(seriesNames(results).sort()).toEqual([WORKER_FRAMES, WORKER_KEYS].sort());
    expect(seriesNames(results)).not.toContain(PAGE_FRAMES);
    expect(seriesNames(results)).not.toContain(PAGE_KEYS);
    await expect(cell.locator(".headline")).toContainText("The page's half did not run");
  });

  test("the convoy still ends when the edit never checks in for the GIL", async ({ page }) => {
    const { cell, editor } = await openEditor(
      page,
      "convoy",
      "Mixed: an I/O thread beside a CPU-bound one",
    );
    // Without its checkpoint the search holds the GIL to its end; the thread's loop still
    // lets go between searches, so the I/O thread gets its turns and the run ends.
    await replaceTaskCode(editor, KERNEL.replace(`${CHECK_LINE}\n`, ""));

    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const replies = results.params.replies as number;
    const beside = samplesOf(results, WITH_CPU);
    // Every reply at each of the five switch intervals was answered.
    expect(beside).toHaveLength(5 * replies * (results.params.runs as number));
  });
});
