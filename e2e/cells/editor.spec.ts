import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { cellLinkHref } from "../../app/route/cellLink";
import {
  downloadResults,
  expect,
  experimentCell,
  primesBelow,
  runCell,
  test,
} from "../support/fixtures";
import {
  errorMarkOnLine,
  lineOf,
  openTaskEditor,
  replaceTaskCode,
  taskEditor,
} from "../support/taskEditor";

/** The kernel file as the repository has it: what the editor must show and reset to. */
const PRIMES_FILE = readFileSync(
  new URL("../../workers/kernels/primes.ts", import.meta.url),
  "utf8",
);
const COUNT_LINE = "    if (isPrime(n)) count++;";

const TITLE = "Counting primes";
const editorOf = (cell: Locator) => taskEditor(cell, TITLE);

/** Opens the count-primes cell's editor; returns the cell. */
async function openEditor(page: Page): Promise<Locator> {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  await openTaskEditor(cell, TITLE);
  return cell;
}

test.describe("Editing an experiment's task code", () => {
  test("the lesson loads no editor code until the reader asks to edit", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto("/?quick=1#/lesson/why-parallel");
    const cell = experimentCell(page, "count-primes");
    await expect(cell.locator(".task-code pre")).toContainText("function countPrimes");
    await page.waitForLoadState("networkidle");
    const editorScripts = () => scripts.filter((url) => /\/(TaskEditor|CodeEditor)-/.test(url));
    expect(editorScripts()).toEqual([]);

    await cell.getByRole("button", { name: "Edit the code" }).click();
    await expect(editorOf(cell)).toBeVisible();
    expect(editorScripts().length).toBeGreaterThan(0);
    // The editor shows the real file.
    await expect(editorOf(cell)).toHaveText(PRIMES_FILE.replaceAll("\n", ""));
  });

  test("an edit runs in the workers, marked, and Reset brings back the original", async ({
    page,
  }) => {
    const cell = await openEditor(page);
    await expect(cell.getByText("edited", { exact: true })).toHaveCount(0);

    // Count every prime twice: a change the results must show.
    await replaceTaskCode(
      editorOf(cell),
      PRIMES_FILE.replace(COUNT_LINE, "    if (isPrime(n)) count += 2;"),
    );
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    await expect(cell.getByText(/the series “main thread” is left out of the run/)).toBeVisible();

    expect(await runCell(cell)).toBe("done");
    const edited = await downloadResults(cell);
    const series = new Set(edited.samples.map((sample) => sample.series));
    // The page's thread never ran the reader's code: its series is left out.
    expect(series.has("main thread")).toBe(false);
    expect(series.size).toBe(2);
    for (const sample of edited.samples) expect(sample.primes).toBe(2 * primesBelow(sample.x));
    // The file records the code that ran, and the results say so.
    expect(edited.editedSources).toEqual([
      {
        source: "workers/kernels/primes.ts",
        code: PRIMES_FILE.replace(COUNT_LINE, "    if (isPrime(n)) count += 2;"),
      },
    ]);
    await expect(cell.locator(".results")).toContainText("This run ran your edited code");

    await cell.getByRole("button", { name: "Reset to the original" }).click();
    await expect(cell.getByText("edited", { exact: true })).toHaveCount(0);
    // The Reset button is gone with the edit; focus is back in the code, not lost.
    await expect(editorOf(cell)).toBeFocused();
    await expect(editorOf(cell)).toHaveText(PRIMES_FILE.replaceAll("\n", ""));

    expect(await runCell(cell)).toBe("done");
    const original = await downloadResults(cell);
    expect(new Set(original.samples.map((sample) => sample.series)).size).toBe(3);
    for (const sample of original.samples) expect(sample.primes).toBe(primesBelow(sample.x));
    expect(original).not.toHaveProperty("editedSources");
    await expect(cell.locator(".results")).not.toContainText("edited code");
  });

  test("an edit survives a reload, and still runs in the workers", async ({ page }) => {
    const cell = await openEditor(page);
    const edit = "    if (isPrime(n)) count += 2;";
    await replaceTaskCode(editorOf(cell), PRIMES_FILE.replace(COUNT_LINE, edit));
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();

    await page.reload();
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    await expect(cell.locator(".task-code")).toContainText(edit.trim());
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    for (const sample of results.samples) expect(sample.primes).toBe(2 * primesBelow(sample.x));
  });

  test("code and params in a link are placed in the cell, marked, and run only when Run is pressed", async ({
    page,
  }) => {
    const code = PRIMES_FILE.replace(COUNT_LINE, "    if (isPrime(n)) count += 2;");
    // Not the quick defaults (100,000 and 3), so the link's params must be seen to apply.
    const link = cellLinkHref("why-parallel", "count-primes", { maxN: 150_000, trials: 2 }, code);
    await page.goto(`/?quick=1${link}`);
    const cell = experimentCell(page, "count-primes");
    await expect(cell.getByText("This link carried its sender's code")).toBeVisible();
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    // Issue 15, fault 3: the params came with the code and were dropped silently.
    await expect(cell.getByLabel("Largest n")).toHaveValue("150000");
    await expect(cell.getByLabel("Trials per point")).toHaveValue("2");
    // The address drops the code once it is in the cell; nothing ran.
    await expect(page).toHaveURL(/#\/lesson\/why-parallel\/count-primes$/);
    await expect(cell).toHaveAttribute("data-state", "idle");
    await expect(cell.locator(".results")).toHaveCount(0);

    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    for (const sample of results.samples) expect(sample.primes).toBe(2 * primesBelow(sample.x));
  });

  test("code that runs a worker out of memory ends the tab; reopened, the cell says so and keeps the code", async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const cell = await openEditor(page);
    const hog = "    const keep = []; while (true) keep.push(new Array(1e6).fill(n));";
    await replaceTaskCode(editorOf(cell), PRIMES_FILE.replace(COUNT_LINE, hog));
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();

    // Chromium cannot recover a worker whose JavaScript heap is full: it ends the whole tab.
    const crashed = page.waitForEvent("crash", { timeout: 200_000 });
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await crashed;

    const reopened = await context.newPage();
    await reopened.goto("/?quick=1#/lesson/why-parallel");
    const again = experimentCell(reopened, "count-primes");
    await expect(
      again.getByText(/did not finish: the page was reloaded, closed or crashed/),
    ).toBeVisible();
    await expect(again.getByText("edited", { exact: true })).toBeVisible();
    await expect(again.locator(".task-code")).toContainText(hog.trim());
    await expect(again).toHaveAttribute("data-state", "idle");
  });

  test("a compile error shows at its line and column", async ({ page }) => {
    const cell = await openEditor(page);
    const line = lineOf(PRIMES_FILE, "let count = 0;");
    await replaceTaskCode(editorOf(cell), PRIMES_FILE.replace("let count = 0;", "let count = ;"));

    expect(await runCell(cell)).toBe("error");
    await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
      `Line ${line}, column 15: Unexpected token`,
    );
    // Marked in the editor too: the character on that line, and the line's gutter.
    await expect(errorMarkOnLine(cell, line)).toHaveText(";");
    await expect(cell.locator(".cm-lintRange-error")).toHaveCount(1);
    await expect(cell.locator(".cm-lint-marker-error")).toHaveCount(1);
  });

  test("a runtime error shows at the line that threw", async ({ page }) => {
    const cell = await openEditor(page);
    const line = lineOf(PRIMES_FILE, "if (n < 2) return false;");
    await replaceTaskCode(
      editorOf(cell),
      PRIMES_FILE.replace("if (n < 2) return false;", 'if (n === 7) throw new Error("no sevens");'),
    );

    expect(await runCell(cell)).toBe("error");
    await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
      `Line ${line}: Task 0 threw: no sevens`,
    );
    await expect(errorMarkOnLine(cell, line)).toContainText("throw new Error");
  });

  test("Tab leaves the editor unless the reader makes it indent", async ({ page }) => {
    const cell = await openEditor(page);
    const editor = editorOf(cell);
    await page.keyboard.press("Tab");
    await expect(editor).not.toBeFocused();
    await expect(cell.getByRole("checkbox", { name: "Tab key indents" })).toBeFocused();
    await expect(cell.getByText("Tab moves to the next control.")).toBeVisible();

    // Opted in: Tab indents, and Escape then Tab still gets out.
    await page.keyboard.press("Space");
    await expect(
      cell.getByText("Tab indents. To leave the editor, press Esc, then Tab."),
    ).toBeVisible();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("Tab");
    await expect(editor).toBeFocused();
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await expect(editor).not.toBeFocused();
  });
});
