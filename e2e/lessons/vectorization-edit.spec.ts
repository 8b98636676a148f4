import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { samplesOf } from "../../kit/queries";
import { MATMUL_SERIES } from "../../lessons/vectorization/matmul-series";
import { FIRST_CALL_JS, SERIES_NAMES } from "../../lessons/vectorization/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import {
  errorMarkOnLine,
  lineOf,
  openTaskEditor,
  replaceTaskCode,
  taskEditor,
} from "../support/taskEditor";

// The vectorization cell's JavaScript ways, edited in the cell; the WebAssembly is built ahead
// of time and keeps running the original.

const POLY = readFileSync("workers/kernels/poly.ts", "utf8");
const LOOP_LINE = "    output[i] = x + x * x + x * x * x;";

async function openKernels(page: Page): Promise<Locator> {
  await page.goto("/?quick=1#/lesson/vectorization");
  const cell = experimentCell(page, "vectorize");
  await cell.locator("details.task-code summary").click();
  await expect(cell.locator(".task-code")).toContainText(
    "compiled ahead of time when the site is built",
  );
  await openTaskEditor(cell);
  return cell;
}

/** Opens the editor of a cell whose WebAssembly is built ahead of time: matmul or first-call. */
async function openJsOf(page: Page, id: "matmul" | "first-call"): Promise<Locator> {
  await page.goto("/?quick=1#/lesson/vectorization");
  const cell = experimentCell(page, id);
  await cell.locator("details.task-code summary").click();
  await expect(cell.locator(".task-code")).toContainText("compiled ahead of time");
  await openTaskEditor(cell);
  return cell;
}

/** The run failed with a throw at `line`, listed under the editor and marked on that line. */
async function expectThrowMarked(cell: Locator, line: number, message: string): Promise<void> {
  await expect(cell.locator(".run-status [role=alert]")).toContainText(`(line ${line})`);
  await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
    `Line ${line}: Task 0 threw: ${message}`,
  );
  // CodeMirror draws only the lines near the screen: bring the file's top back after the run,
  // so that the n-th line drawn is line n.
  await taskEditor(cell).evaluate((editor) => editor.scrollIntoView({ block: "start" }));
  await expect(errorMarkOnLine(cell, line)).toContainText("throw new Error");
}

test.describe("Editing the vectorization cell's JavaScript", () => {
  test("an edited loop runs in the worker, and its wrong f fails the check; Reset runs again", async ({
    page,
  }) => {
    const cell = await openKernels(page);
    await replaceTaskCode(taskEditor(cell), POLY.replace(LOOP_LINE, "    output[i] = x * x;"));
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();

    expect(await runCell(cell)).toBe("error");
    await expect(cell.locator(".run-status [role=alert]")).toHaveText(
      new RegExp(
        `^Wrong output from “${SERIES_NAMES["js-loop"]}” at [\\d,]+ floats: it differs from f\\(x\\) = x \\+ x² \\+ x³ computed in doubles by up to \\d\\.\\de-\\d \\(relative\\)`,
      ),
    );

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const js = samplesOf(results, SERIES_NAMES["js-loop"]);
    expect(js.length).toBeGreaterThan(0);
    for (const sample of js) expect(sample.maxRelativeError).toBeLessThanOrEqual(1e-6);
  });

  test("the pool runs the reader's polyRange: one that skips its range fails the check", async ({
    page,
  }) => {
    const cell = await openKernels(page);
    // Each task computes only the first float of its range; the worker's own loops stay right.
    const edit = "  polyLoop(input, output, from, from + 1);";
    await replaceTaskCode(
      taskEditor(cell),
      POLY.replace("  polyLoop(input, output, from, to);", edit),
    );
    expect(await runCell(cell)).toBe("error");
    await expect(cell.locator(".run-status [role=alert]")).toHaveText(
      /^Wrong output from “pool of \d+: JS loop” at [\d,]+ floats: /,
    );
  });

  test("an edit survives a reload, and a compile error is marked at its line", async ({ page }) => {
    const cell = await openKernels(page);
    const line = lineOf(POLY, LOOP_LINE, { wholeLine: true });
    await replaceTaskCode(taskEditor(cell), POLY.replace(LOOP_LINE, "    output[i] = x +;"));

    await page.reload();
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    await expect(cell.locator(".task-code")).toContainText("output[i] = x +;");
    expect(await runCell(cell)).toBe("error");
    await expect(cell.locator(".run-status [role=alert]")).toContainText(`(line ${line}, column`);
    // The reloaded cell shows the code read-only; opening the editor shows the error in place.
    await cell.getByRole("button", { name: "Edit the code" }).click();
    await expect(cell.locator(".code-editor-problems")).toHaveText(
      new RegExp(`^Line ${line}, column \\d+: `),
    );
    await expect(errorMarkOnLine(cell, line)).toHaveCount(1);
  });

  test("a throw in the worker's loop is marked at the line that threw", async ({ page }) => {
    const cell = await openKernels(page);
    // polyEach runs only in the vectorization worker, not in the pool's tasks.
    const each = "  for (let i = 0; i < length; i++) output[i] = poly(input[i] as number);";
    await replaceTaskCode(
      taskEditor(cell),
      POLY.replace(each, '  throw new Error("no loops today");'),
    );
    expect(await runCell(cell)).toBe("error");
    await expectThrowMarked(cell, lineOf(POLY, each, { wholeLine: true }), "no loops today");
  });

  test("the matrix multiply's JS loop runs the reader's version, and a wrong C fails the check", async ({
    page,
  }) => {
    const matmul = readFileSync("workers/kernels/matmul.ts", "utf8");
    const cell = await openJsOf(page, "matmul");
    // Every entry of C one too large.
    await replaceTaskCode(taskEditor(cell), matmul.replace("let sum = 0;", "let sum = 1;"));

    expect(await runCell(cell)).toBe("error");
    await expect(cell.locator(".run-status [role=alert]")).toHaveText(
      new RegExp(`^Wrong C from “${MATMUL_SERIES.js}” at N = \\d+: sampled entries differ`),
    );

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const js = samplesOf(results, MATMUL_SERIES.js);
    expect(js.length).toBeGreaterThan(0);
    for (const sample of js) expect(sample.maxRelativeError).toBeLessThan(1e-6);
  });

  test("a throw in the matrix multiply's JS loop is marked at the line that threw", async ({
    page,
  }) => {
    const matmul = readFileSync("workers/kernels/matmul.ts", "utf8");
    const sum = "      let sum = 0;";
    const cell = await openJsOf(page, "matmul");
    await replaceTaskCode(
      taskEditor(cell),
      matmul.replace(sum, '      throw new Error("no sums");'),
    );
    expect(await runCell(cell)).toBe("error");
    await expectThrowMarked(cell, lineOf(matmul, sum, { wholeLine: true }), "no sums");
  });

  test("the first-call cell times the reader's loop in fresh workers, and a wrong f fails the check", async ({
    page,
  }) => {
    const cell = await openJsOf(page, "first-call");
    await replaceTaskCode(taskEditor(cell), POLY.replace(LOOP_LINE, "    output[i] = x * x;"));

    expect(await runCell(cell)).toBe("error");
    await expect(cell.locator(".run-status [role=alert]")).toHaveText(
      new RegExp(`^Wrong output from “${FIRST_CALL_JS}” at 100,000 floats: `),
    );

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    expect(await runCell(cell)).toBe("done");
  });

  test("a throw in the first-call cell's loop is marked at the line that threw", async ({
    page,
  }) => {
    const cell = await openJsOf(page, "first-call");
    await replaceTaskCode(
      taskEditor(cell),
      POLY.replace(LOOP_LINE, '    throw new Error("not yet");'),
    );
    expect(await runCell(cell)).toBe("error");
    await expectThrowMarked(cell, lineOf(POLY, LOOP_LINE, { wholeLine: true }), "not yet");
  });
});
