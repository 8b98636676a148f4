import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { samplesOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { lineOf, openTaskEditor, replaceTaskCode, taskEditor } from "../support/taskEditor";

/**
 * The experiments whose task code became editable last: each test edits the real kernel file,
 * runs, and proves from the downloaded results (or an error at its line) that the workers ran
 * the edit. Edited code never runs on the page, so an effect in the results came from a worker.
 */

/** A kernel file as the repository has it: what the editor shows before an edit. */
const kernelFile = (name: string) =>
  readFileSync(new URL(`../../workers/kernels/${name}`, import.meta.url), "utf8");

/** `code` with `from` replaced, failing loudly if the file no longer holds `from`. */
function edited(code: string, from: string, to: string): string {
  expect(code, `the file still holds ${JSON.stringify(from)}`).toContain(from);
  return code.replace(from, to);
}

/** Opens a cell's editor, replaces its whole text with `code`, and checks it is marked edited. */
async function editCell(page: Page, lesson: string, id: string, code: string): Promise<Locator> {
  await page.goto(`/?quick=1#/lesson/${lesson}`);
  const cell = experimentCell(page, id);
  await replaceTaskCode(await openTaskEditor(cell), code);
  await expect(cell.getByText("edited", { exact: true })).toBeVisible();
  return cell;
}

test.describe("Editing the remaining pool experiments", () => {
  test("pools, reuse-pool: an edited square.ts runs in every pool, fresh or reused", async ({
    page,
  }) => {
    const code = edited(kernelFile("square.ts"), "return x * x;", "return x * x + 1;");
    const cell = await editCell(page, "pools", "reuse-pool", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    // Each call squares 0 … 2 × cores − 1; the last result is the reader's (2c − 1)² + 1.
    const last = 2 * results.environment.hardwareConcurrency - 1;
    expect(new Set(results.samples.map((s) => s.series)).size).toBe(2);
    for (const sample of results.samples) expect(sample.last).toBe(last * last + 1);
  });

  test("chunk size, tiny tasks: an edited add-one.ts runs at every chunk size", async ({
    page,
  }) => {
    const code = edited(kernelFile("add-one.ts"), "return x + 1;", "return x + 2;");
    const cell = await editCell(page, "chunk-size", "tiny-tasks", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    // The items are 0 … n − 1, so the last result is the reader's (n − 1) + 2.
    for (const sample of results.samples) expect(sample.last).toBe((sample.items as number) + 1);
  });

  test("chunk size, tiny tasks: an error thrown by the edit shows at its line", async ({
    page,
  }) => {
    const file = kernelFile("add-one.ts");
    const code = edited(file, "return x + 1;", 'if (x === 5) throw new Error("no fives");');
    const cell = await editCell(page, "chunk-size", "tiny-tasks", code);
    expect(await runCell(cell)).toBe("error");
    await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
      `Line ${lineOf(file, "return x + 1;")}: Task 5 threw: no fives`,
    );
  });

  test("pitfalls, repeated work: an edited kernel runs in the pool, and the page's series are left out", async ({
    page,
  }) => {
    const code = edited(
      kernelFile("fibonacci.ts"),
      "return k < 2 ? k : fibonacci(k - 1)",
      "return k < 2 ? 1 : fibonacci(k - 1)",
    );
    const cell = await editCell(page, "pitfalls", "repeated-work", code);
    await expect(
      cell.getByText(
        /the series “one loop, reusing results” and “each from scratch, page thread” are left out of the run/,
      ),
    ).toBeVisible();
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(new Set(results.samples.map((sample) => sample.series))).toEqual(
      new Set([`each from scratch, pool of ${results.environment.hardwareConcurrency}`]),
    );
    // The edit starts from fib(0) = fib(1) = 1, so it gives fib(k + 1): the first task, k = n − 1,
    // returns fib(n).
    const fib = [0, 1];
    while (fib.length < 40) fib.push((fib.at(-1) as number) + (fib.at(-2) as number));
    for (const sample of results.samples) expect(sample.last).toBe(fib[sample.x]);
  });

  test("pitfalls, inner loop: an edited mandelbrot.ts runs in both the row and the point tasks", async ({
    page,
  }) => {
    const code = edited(kernelFile("mandelbrot.ts"), "  return steps;", "  return 1;");
    const cell = await editCell(page, "pitfalls", "inner-loop", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(new Set(results.samples.map((s) => s.series)).size).toBe(2);
    // Every point now counts one iteration: a row of 200 points counts 200, whichever loop ran.
    for (const sample of results.samples) expect(sample.iterations).toBe(200 * sample.x);
  });

  test("pitfalls, payload: an edited payload.ts runs for a copy, a transfer, a share and a recipe", async ({
    page,
  }) => {
    const code = edited(kernelFile("payload.ts"), "  return sum;", "  return values.length;");
    const cell = await editCell(page, "pitfalls", "payload", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(new Set(results.samples.map((s) => s.series)).size).toBe(4);
    // The reader's checksum counts the floats instead: 131,072 per MiB, every way.
    for (const sample of results.samples) expect(sample.sum).toBe(131_072 * sample.x);
    // The transfer still detaches the page's buffer: the lesson's claim holds with edits.
    for (const sample of samplesOf(results, "transfer")) {
      expect(sample.leftOnPage).toBe(0);
    }
  });

  test("pitfalls, pickling: a kernel that returns a function fails on the way back, explained as Python's", async ({
    page,
  }) => {
    const code = edited(kernelFile("scale.ts"), "return x * 10;", "return () => x * 10;");
    const cell = await editCell(page, "pitfalls", "pickling", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const samples = (series: string) => samplesOf(results, series);
    expect(samples("a kernel's name").length).toBeGreaterThan(0);
    for (const sample of samples("a kernel's name")) {
      expect(sample).toMatchObject({ sent: false, error: "DataCloneError" });
      expect(sample.message).toMatch(/cannot be sent back .*could not be cloned/);
    }
    // The built-in ways are untouched by the edit.
    for (const sample of samples("source text")) {
      expect(sample).toMatchObject({ sent: true, last: 10 * (sample.x - 1) });
    }
    await expect(cell.locator(".headline")).toContainText("4 of 5 ways failed");
    await expect(cell.locator(".notes")).toContainText(
      "could not be cloned.) Its result cannot be copied back to the page",
    );
    await expect(cell.locator(".notes")).toContainText("MaybeEncodingError");
  });

  test("pitfalls, pickling: an edited kernel runs, and an error it throws is noted at its line", async ({
    page,
  }) => {
    const file = kernelFile("scale.ts");
    const code = edited(file, "return x * 10;", "return x * 11;");
    const cell = await editCell(page, "pitfalls", "pickling", code);
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    for (const sample of samplesOf(results, "a kernel's name")) {
      expect(sample).toMatchObject({ sent: true, last: 11 * (sample.x - 1) });
    }

    await replaceTaskCode(
      taskEditor(cell),
      edited(file, "return x * 10;", 'throw new Error("no tens");'),
    );
    expect(await runCell(cell)).toBe("done");
    const line = lineOf(file, "return x * 10;");
    await expect(cell.locator(".notes")).toContainText(
      `failed with Error: no tens (line ${line} of scale.ts).`,
    );
  });
});
