import type { Page } from "@playwright/test";
import { chartMarks, expect, experimentCell, runCell, test } from "../support/fixtures";
import { EDITOR_CHUNK, editorOf, failure, scratchCode, scratchWith } from "../support/scratchCell";

/**
 * The scratch cell: its editor, and what a run shows (values, tables, charts, printed lines).
 * What goes wrong in a run is in scratch-failures.spec.ts.
 */

/** Files of CodeMirror the page has fetched so far, from the network or its service worker. */
function fetchedEditorFiles(page: Page): Promise<string[]> {
  return page.evaluate(
    (pattern) =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => new RegExp(pattern).test(url)),
    EDITOR_CHUNK.source,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto("/#/lesson/why-parallel");
});

test("every lesson ends with one scratch cell that keeps its own code, across reloads", async ({
  page,
}) => {
  await page.goto("/#/");
  const slugs = await page
    .locator(".lesson-list a[href^='#/lesson/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") as string));
  expect(slugs.length).toBeGreaterThan(1);
  for (const href of slugs) {
    await page.goto(`/${href}`);
    await expect(experimentCell(page, "scratch")).toHaveCount(1);
    await expect(experimentCell(page, "scratch")).toHaveAttribute("data-state", "idle");
  }

  const [first, second] = slugs as [string, string];
  await page.goto(`/${first}`);
  await scratchWith(page, "return 'first lesson';");
  await page.goto(`/${second}`);
  const cell = experimentCell(page, "scratch");
  await expect.poll(() => scratchCode(cell)).toMatch(/await pool\(cores\)/);
  await page.goto(`/${first}`);
  await expect.poll(() => scratchCode(cell)).toBe("return 'first lesson';");
  await page.reload();
  await expect.poll(() => scratchCode(cell)).toBe("return 'first lesson';");
});

test("the lesson loads no CodeMirror until the scratch cell nears the viewport", async ({
  page,
}) => {
  const cell = experimentCell(page, "scratch");
  await expect(editorOf(cell)).toHaveJSProperty("tagName", "TEXTAREA");
  await page.waitForLoadState("networkidle");
  expect(await fetchedEditorFiles(page)).toEqual([]);
  await expect(page.locator(".cm-editor")).toHaveCount(0);

  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".cm-editor")).toBeVisible();
  expect((await fetchedEditorFiles(page)).length).toBeGreaterThan(0);
  await expect.poll(() => scratchCode(cell)).toMatch(/await pool\(cores\)/);
});

test("Tab moves on from the scratch editor, as from every other control", async ({ page }) => {
  const cell = await scratchWith(page, "return 1;");
  await expect(editorOf(cell)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(editorOf(cell)).not.toBeFocused();
  await expect(cell.getByRole("checkbox", { name: "Tab key indents" })).toBeFocused();
  expect(await scratchCode(cell)).toBe("return 1;");
});

test("the example measures a pool against a loop and draws a chart", async ({ page }) => {
  const cell = experimentCell(page, "scratch");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.getByRole("img", { name: /Chart returned by the scratch cell/ })).toBeVisible();
  // Two series, each a median line and a band.
  await expect.poll(() => chartMarks(cell).count()).toBeGreaterThanOrEqual(4);
  await expect(cell.locator(".scratch-printed")).toContainText(/Timed \d+ runs on \d+ cores\./);
  await cell.getByText("The numbers behind the chart").click();
  await expect(cell.getByRole("table")).toContainText("Chart data: 8 rows");
});

test("an array of plain objects is shown as a table", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "return Array.from({ length: 300 }, (_, i) => ({ n: i, square: i * i, name: 'row ' + i }));",
  );
  expect(await runCell(cell)).toBe("done");
  const table = cell.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["n", "square", "name"]);
  await expect(table.locator("tbody tr")).toHaveCount(200);
  await expect(table.locator("tbody tr").nth(3)).toContainText("9");
  await expect(table.locator("caption")).toContainText("showing 200 of 300 rows");
});

test("Shift+Enter in the editor runs the cell, as in Jupyter", async ({ page }) => {
  const cell = await scratchWith(page, "return 'ran from the keyboard';");
  await editorOf(cell).press("Shift+Enter");
  await expect(cell).toHaveAttribute("data-state", "done");
  await expect(cell.locator(".scratch-value pre")).toHaveText('"ran from the keyboard"');
  // The editor did not take the key for a new line.
  expect(await scratchCode(cell)).toBe("return 'ran from the keyboard';");
});

test("any other value is pretty-printed, depth-limited", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "const sizes = geometricSizes(1000, 100000, 3);\nreturn { sizes, big: 12n, deep: { a: { b: { c: { d: 1 } } } }, when: new Map([['x', 1]]) };",
  );
  expect(await runCell(cell)).toBe("done");
  const value = cell.locator(".scratch-value pre");
  await expect(value).toContainText("sizes: [1000, 10000, 100000]");
  await expect(value).toContainText("big: 12n");
  await expect(value).toContainText("[Object]");
  await expect(value).toContainText('Map(1) { "x" => 1 }');
  await expect(cell.locator(".scratch-value")).toContainText("Too big to show in full");
});

test("console output appears as lines in the cell, not in the browser's console", async ({
  page,
}) => {
  const cell = await scratchWith(
    page,
    "console.log('hello', 1 + 1, { a: [1, 2] });\nconsole.warn('careful');\nconsole.error('bad');\nfor (let i = 0; i < 5000; i++) console.log(i);\nreturn 3;",
  );
  expect(await runCell(cell)).toBe("done");
  const printed = cell.locator(".scratch-printed");
  await expect(printed.locator(".printed-line").first()).toHaveText("hello 2 { a: [1, 2] }");
  await expect(printed.locator(".printed-line[data-level='warn']")).toHaveText("careful");
  await expect(printed.locator(".printed-line[data-level='error']")).toHaveText("bad");
  await expect(printed.locator(".printed-line")).toHaveCount(1000);
  await expect(printed).toContainText("and 4,003 more lines, not shown");
  await expect(cell.locator(".scratch-value pre")).toHaveText("3");
});

test.describe("without a service worker", () => {
  // Playwright's routing cannot see requests a service worker answers from its cache, so these
  // faults are injected with none installed.
  test.use({ serviceWorkers: "block" });

  test("what is typed while CodeMirror loads is kept, caret and all, and nothing moves", async ({
    page,
  }) => {
    // CodeMirror's files are held back until the reader has typed into the text area.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(EDITOR_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    const cell = experimentCell(page, "scratch");
    const editor = editorOf(cell);
    await cell.scrollIntoViewIfNeeded();
    await editor.fill("return 40 + 1;");
    // The caret after "40", where the reader will go on typing.
    for (let i = 0; i < 5; i++) await editor.press("ArrowLeft");
    await expect(editor).toHaveJSProperty("selectionStart", 9);
    await expect(cell.locator(".cm-editor")).toHaveCount(0);
    // Where Run sits in the cell: below the editor, so it moves if the editor changes height.
    const runOffset = () =>
      cell
        .getByRole("button", { name: "Run", exact: true })
        .evaluate(
          (run) =>
            run.getBoundingClientRect().top -
            (run.closest("section") as HTMLElement).getBoundingClientRect().top,
        );
    const before = await runOffset();

    release();
    await expect(cell.locator(".cm-editor")).toBeVisible();
    await expect(editor).toBeFocused();
    await page.keyboard.type(" + 1");
    await expect.poll(() => scratchCode(cell)).toBe("return 40 + 1 + 1;");
    // The text area had CodeMirror's size: the controls under it stayed where they were.
    expect(Math.abs((await runOffset()) - before)).toBeLessThanOrEqual(1);
    expect(await runCell(cell)).toBe("done");
    await expect(cell.locator(".scratch-value pre")).toHaveText("42");
  });
});

test("the GPU host is at hand in the kernel, and says when it is emulated", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "const host = await gpu();\nreturn { emulated: host.emulated, limit: host.device.limits.maxBufferSize > 0 };",
  );
  expect(await runCell(cell)).toBe("done");
  // Headless Chromium's only adapter here is SwiftShader, a CPU renderer (see DESIGN.md).
  await expect(cell.locator(".scratch-value pre")).toHaveText("{ emulated: true, limit: true }");
});

test("results too big to show are cut with a note, and a huge chart is refused", async ({
  page,
}) => {
  const cell = await scratchWith(page, "return 'x'.repeat(1_000_000);");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toContainText("(999,500 more characters)");
  await expect(cell.locator(".scratch-value")).toContainText("Too big to show in full");

  await scratchWith(
    page,
    "const points = Array.from({ length: 200_000 }, (_, i) => ({ i, y: Math.sin(i) }));\nreturn plot({ marks: [Plot.dot(points, { x: 'i', y: 'y' })] });",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText(
    "Line 2: RangeError: This chart would draw 200,000 points",
  );
});

test("plot options that Plot refuses are explained in the cell", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "return plot({ marks: [Plot.lineY([1, 4, 9])], y: { type: 'sideways' } });",
  );
  expect(await runCell(cell)).toBe("done");
  await expect(cell.getByRole("alert")).toContainText("Plot could not draw these options");
  await expect(cell.getByRole("alert")).toContainText("sideways");
});
