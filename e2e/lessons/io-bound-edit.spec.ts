import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { ASYNCIO, FREE_THREADS, GIL_THREADS, SERIAL } from "../../lessons/gil/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { errorMarkOnLine, lineOf, openTaskEditor, replaceTaskCode } from "../support/taskEditor";

/** The job's file as the repository has it: what the editor must show and reset to. */
const ETL = readFileSync(new URL("../../workers/kernels/etl.ts", import.meta.url), "utf8");
const FOUND_LINE = "    if (isPrime(candidate) && ++found === n) return candidate;";
const CHECK_LINE = "    checkpoint();";
const TITLE = "I/O-bound: read, transform, write";
/** The 1,000th prime: what the transform of every record returns, as authored. */
const TRANSFORMED = 7_919;

/** Opens the io-bound cell's editor on etl.ts; returns the cell and its editor. */
async function openEditor(page: Page) {
  await page.goto("/?quick=1#/lesson/gil");
  const cell = experimentCell(page, "io-bound");
  const editor = await openTaskEditor(cell, TITLE);
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveText(ETL.replaceAll("\n", ""));
  return { cell, editor };
}

/** Expects the run's error listed as `message` at the line of `text`, and marked there. */
async function expectErrorAt(cell: Locator, text: string, message: string): Promise<void> {
  const line = lineOf(ETL, text);
  await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
    `Line ${line}: ${message}`,
  );
  await expect(errorMarkOnLine(cell, line)).toContainText("throw new Error");
}

const seriesOf = (samples: { series: string }[]) => [...new Set(samples.map((s) => s.series))];

test.describe("Editing the I/O-bound job's transform", () => {
  // CodeMirror draws only the lines in view: a tall window shows the whole file at once.
  test.use({ viewport: { width: 1280, height: 2000 } });

  test("the threads and the event loop both run the edit; Reset runs the original", async ({
    page,
  }) => {
    const { cell, editor } = await openEditor(page);
    // Every transform returns ten times its prime: a change each sample's lastOutput must show.
    await replaceTaskCode(
      editor,
      ETL.replace(FOUND_LINE, FOUND_LINE.replace("return candidate", "return 10 * candidate")),
    );
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();

    expect(await runCell(cell)).toBe("done");
    const edited = await downloadResults(cell);
    // Nothing ran on the page, so nothing is left out.
    expect(seriesOf(edited.samples)).toEqual([SERIAL, GIL_THREADS, FREE_THREADS, ASYNCIO]);
    for (const sample of edited.samples) {
      expect(sample.transformed, sample.series).toBe(sample.x);
      expect(sample.lastOutput, sample.series).toBe(10 * TRANSFORMED);
    }

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    await expect(cell.getByText("edited", { exact: true })).toHaveCount(0);
    await expect(editor).toHaveText(ETL.replaceAll("\n", ""));
    expect(await runCell(cell)).toBe("done");
    const original = await downloadResults(cell);
    for (const sample of original.samples) {
      expect(sample.lastOutput, sample.series).toBe(TRANSFORMED);
    }
  });

  test("an error thrown in a modelled thread shows at its line", async ({ page }) => {
    const { cell, editor } = await openEditor(page);
    // Only a thread passes a checkpoint of its own; the event loop keeps the default.
    const throwInThreads = '    if (checkpoint !== noCheck) throw new Error("in a thread");';
    await replaceTaskCode(editor, ETL.replace(CHECK_LINE, throwInThreads));

    expect(await runCell(cell)).toBe("error");
    await expectErrorAt(cell, CHECK_LINE, "Task 0 threw: in a thread");
  });

  test("an error thrown in the event loop shows at its line", async ({ page }) => {
    const { cell, editor } = await openEditor(page);
    // The threads run clean; only the asyncio series, which runs last, throws.
    const throwInLoop = '    if (checkpoint === noCheck) throw new Error("in the event loop");';
    await replaceTaskCode(editor, ETL.replace(CHECK_LINE, throwInLoop));

    expect(await runCell(cell)).toBe("error");
    await expectErrorAt(cell, CHECK_LINE, "Task 0 threw: in the event loop");
  });
});
