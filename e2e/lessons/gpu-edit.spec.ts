import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { gpuName, RELATIVE_TOLERANCE } from "../../kit/gpuSeries";
import { samplesOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import {
  errorMarkOnLine,
  lineOf,
  openTaskEditor,
  replaceTaskCode,
  taskEditor,
} from "../support/taskEditor";

// Each GPU experiment's own shader, edited in its cell and run in the GPU worker (SwiftShader).

const POLY = readFileSync("workers/shaders/poly.wgsl", "utf8");
const POLY_LINE = "output[i] = x + x * x + x * x * x;";
const REDUCE = readFileSync("workers/shaders/reduce-sum.wgsl", "utf8");
const REDUCE_LINE = "partials[index] = sums[0];";

const editedMarker = (cell: Locator) => cell.getByText("edited", { exact: true });

async function openShader(page: Page, experiment: string): Promise<Locator> {
  await page.goto("/?quick=1#/lesson/gpus");
  const cell = experimentCell(page, experiment);
  // The shader's panel is open where it is the cell's first file; elsewhere the reader opens it.
  const panel = cell.locator("details.task-code");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await openTaskEditor(cell);
  return cell;
}

const runError = (cell: Locator) => cell.locator(".run-status [role=alert]");

test.describe("Editing a GPU experiment's shader", () => {
  test("the crossover's shader opens in the code editor, and an edit that computes another f fails the check", async ({
    page,
  }) => {
    const cell = await openShader(page, "gpu-crossover");
    await expect(taskEditor(cell)).toHaveText(POLY.replaceAll("\n", ""));
    await expect(cell.locator(".task-code summary")).toContainText("workers/shaders/poly.wgsl");
    await expect(editedMarker(cell)).toHaveCount(0);

    await replaceTaskCode(taskEditor(cell), POLY.replace(POLY_LINE, "output[i] = x * x;"));
    await expect(editedMarker(cell)).toBeVisible();
    await expect(
      cell.getByText(/Your version runs only in workers, never on the page's thread/),
    ).toBeVisible();

    // The reader's shader really ran: its output is x², and the check against JS says so.
    expect(await runCell(cell)).toBe("error");
    await expect(runError(cell)).toHaveText(
      /^Wrong output at [\d,]+ floats: it differs from f\(x\) = x \+ x² \+ x³ computed in JavaScript by up to \d\.\de-\d \(relative\); float32 rounding allows 1e-4\.$/,
    );
    // Nothing of the wrong shader is plotted.
    await expect(cell.locator(".results")).toHaveCount(0);

    // Reset brings back the file, which runs and passes its check again.
    await cell.getByRole("button", { name: "Reset to the original" }).click();
    await expect(editedMarker(cell)).toHaveCount(0);
    await expect(taskEditor(cell)).toHaveText(POLY.replaceAll("\n", ""));
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const gpu = samplesOf(results, gpuName(true));
    expect(gpu.length).toBeGreaterThan(0);
    for (const sample of gpu)
      expect(sample.maxRelativeError).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
  });

  test("an edit that computes f another way runs, passes the check, and is timed", async ({
    page,
  }) => {
    const cell = await openShader(page, "async-trap");
    // Horner's form: the same f within float32 rounding.
    await replaceTaskCode(
      taskEditor(cell),
      POLY.replace(POLY_LINE, "output[i] = x * (1.0 + x * (1.0 + x));"),
    );
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(results.samples.length).toBeGreaterThan(0);
    for (const sample of results.samples) {
      expect(sample.maxRelativeError).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
    }
  });

  test("a compile error is marked at its line and column", async ({ page }) => {
    const cell = await openShader(page, "workgroup-size");
    const line = lineOf(POLY, POLY_LINE);
    await replaceTaskCode(taskEditor(cell), POLY.replace(POLY_LINE, "output[i] = y;"));

    expect(await runCell(cell)).toBe("error");
    await expect(runError(cell)).toContainText(`workers/shaders/poly.wgsl:${line}:`);
    const problems = cell.locator(".code-editor-problems");
    await expect(problems).toHaveText(new RegExp(`^Line ${line}, column 15: .*'y'`));
    // Marked in the editor: the character the compiler pointed at, and the line's gutter.
    await expect(errorMarkOnLine(cell, line)).toHaveText("y");
    await expect(cell.locator(".cm-lint-marker-error")).toHaveCount(1);
  });

  test("an edit to the sum's shader survives a reload, and its wrong sum fails the check", async ({
    page,
  }) => {
    const cell = await openShader(page, "gpu-sum");
    const edit = "partials[index] = sums[0] + 1.0;";
    await replaceTaskCode(taskEditor(cell), REDUCE.replace(REDUCE_LINE, edit));
    await expect(editedMarker(cell)).toBeVisible();

    await page.reload();
    await expect(editedMarker(cell)).toBeVisible();
    await expect(cell.locator(".task-code")).toContainText(edit);
    expect(await runCell(cell)).toBe("error");
    await expect(runError(cell)).toHaveText(
      /^Wrong sum at [\d,]+ floats: [\d.e+]+ against [\d.e+]+ added in doubles in JavaScript/,
    );
  });
});
