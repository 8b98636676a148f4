import type { Locator, Page } from "@playwright/test";
import { chartMarks, expect, experimentCell, runCell, test } from "./fixtures";

/** The lesson's scratch cell with `code` typed into its editor. */
async function scratchWith(page: Page, code: string): Promise<Locator> {
  const cell = experimentCell(page, "scratch");
  await cell.getByRole("textbox", { name: "Scratch code" }).fill(code);
  return cell;
}

function failure(cell: Locator): Locator {
  return cell.locator(".run-status").getByRole("alert");
}

/** Animation frames the page draws in `ms`: zero when its thread is blocked. */
function framesIn(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const step = () => {
          frames++;
          if (performance.now() - start < duration) requestAnimationFrame(step);
          else resolve(frames);
        };
        requestAnimationFrame(step);
      }),
    ms,
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
  const editor = experimentCell(page, "scratch").getByRole("textbox", { name: "Scratch code" });
  await expect(editor).toHaveValue(/await pool\(cores\)/);
  await page.goto(`/${first}`);
  await expect(editor).toHaveValue("return 'first lesson';");
  await page.reload();
  await expect(editor).toHaveValue("return 'first lesson';");
});

test("the example measures a pool against a loop and draws a chart", async ({ page }) => {
  const cell = experimentCell(page, "scratch");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.getByRole("img", { name: /Chart returned by the scratch cell/ })).toBeVisible();
  // Two series, each a median line and a band.
  expect(await chartMarks(cell).count()).toBeGreaterThanOrEqual(4);
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
  await cell.getByRole("textbox", { name: "Scratch code" }).press("Shift+Enter");
  await expect(cell).toHaveAttribute("data-state", "done");
  await expect(cell.locator(".scratch-value pre")).toHaveText('"ran from the keyboard"');
  await expect(cell.getByRole("textbox", { name: "Scratch code" })).toHaveValue(
    "return 'ran from the keyboard';",
  );
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

test("a syntax error names its line and column, runs nothing, and keeps the code", async ({
  page,
}) => {
  const code = "console.log('never');\nconst ready = ;\nreturn ready;";
  const cell = await scratchWith(page, code);
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2, column 15: Unexpected token");
  await expect(failure(cell)).toContainText("none of the code ran");
  await expect(cell.locator(".plain-editor").getByRole("alert")).toHaveText(
    "Line 2: Unexpected token",
  );
  await expect(cell.locator(".scratch-printed")).toHaveCount(0);
  await expect(cell.getByRole("textbox", { name: "Scratch code" })).toHaveValue(code);
});

test("a runtime error names the line in the reader's code", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "const sizes = [1, 2, 3];\nconst settings = null;\n\nreturn settings.trials;",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 4: TypeError: Cannot read properties of null");

  // Thrown inside a function the code defines, called from a later line: the line that threw.
  await scratchWith(
    page,
    "function check(n) {\n  if (n > 2) throw new RangeError('too big');\n}\ncheck(1);\ncheck(3);",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2: RangeError: too big");

  // Thrown by the notebook's own code, called from the reader's: the reader's line that called it.
  await scratchWith(page, "// a pool far too big\nconst workers = await pool(1000);");
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2: RangeError: A pool has 1 to");
});

test("a rejected promise or a throw in a timer fails the run, awaited or not", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "await new Promise((resolve, reject) =>\n  setTimeout(() => reject(new Error('the fetch failed')), 20),\n);",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2: Error: the fetch failed");

  await scratchWith(
    page,
    "Promise.reject(new Error('nobody awaited me'));\nawait new Promise((resolve) => setTimeout(resolve, 5000));\nreturn 'finished';",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 1: Error: nobody awaited me");

  await scratchWith(
    page,
    "setTimeout(() => {\n  throw new Error('thrown in a timer');\n}, 20);\nawait new Promise((resolve) => setTimeout(resolve, 5000));",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2: Error: thrown in a timer");
});

test("a value that cannot be cloned is explained, as pickling is in Python", async ({ page }) => {
  const cell = await scratchWith(page, "return { total: 3, scale: (x) => 2 * x };");
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("value.scale is a function");
  await expect(failure(cell)).toContainText("as Python pickles a result");

  await scratchWith(page, "const workers = await pool(1);\nreturn workers;");
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText(/value\.\S+ is a Worker/);

  await scratchWith(page, "return plot({ marks: [Plot.lineY([1, 4, 9], { y: (d) => d })] });");
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("plot options.marks[0].args[1].y is a function");
  await expect(failure(cell)).toContainText('name a field (y: "ms")');
});

test("asking for too much memory says so, and the next run works", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "const huge = new Float64Array(2 ** 40);\nreturn huge.length;",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("The code ran out of memory");

  await scratchWith(page, "return (await measure(() => 1, { trials: 3 })).n;");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toHaveText("2");
});

test("Stop ends while (true) {} at once, the page stays responsive, and Run works again", async ({
  page,
}) => {
  const cell = await scratchWith(
    page,
    "const workers = await pool(2);\nconsole.log('looping');\nwhile (true) {}",
  );
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.locator(".printed-line")).toHaveText("looping");
  await expect(cell).toHaveAttribute("data-state", "running");

  // The loop runs in the kernel worker: the page keeps drawing frames and taking input.
  expect(await framesIn(page, 500)).toBeGreaterThan(5);
  const editor = cell.getByRole("textbox", { name: "Scratch code" });
  await editor.press("Control+End");
  await editor.pressSequentially(" // still typing");
  await expect(editor).toHaveValue(/while \(true\) \{\} \/\/ still typing$/);

  // The kernel worker and the two pool workers it started (nested workers count too).
  expect(page.workers().length).toBeGreaterThanOrEqual(3);
  await cell.getByRole("button", { name: "Stop" }).click();
  // Stop terminates the worker in the click handler; no waiting on the loop.
  await expect(cell).toHaveAttribute("data-state", "stopped", { timeout: 1_000 });
  await expect(cell.getByRole("status")).toContainText("Stopped");
  // The kernel and the pool it started are gone.
  await expect.poll(() => page.workers().length).toBe(0);

  await scratchWith(page, "return 6 * 7;");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toHaveText("42");
});

test.describe("without a service worker", () => {
  // Playwright's routing cannot see requests a service worker answers from its cache, so these
  // faults are injected with none installed.
  test.use({ serviceWorkers: "block" });

  test("a kernel worker that cannot load is reported, and a later Run works", async ({ page }) => {
    await page.route(/kernel-worker/, (route) => route.abort("failed"));
    const cell = await scratchWith(page, "return 1;");
    expect(await runCell(cell)).toBe("error");
    await expect(failure(cell)).toContainText(
      "The kernel worker that runs this cell could not start",
    );

    await page.unroute(/kernel-worker/);
    expect(await runCell(cell)).toBe("done");
    await expect(cell.getByRole("textbox", { name: "Scratch code" })).toHaveValue("return 1;");
  });

  test("a kernel worker that dies mid-run is reported, and the next Run starts a fresh one", async ({
    page,
  }) => {
    // A stand-in kernel that loads, then dies on its first run, as a worker the browser ends does.
    await page.route(/kernel-worker/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        // A cross-origin-isolated page loads only workers that send this header too.
        headers: { "Cross-Origin-Embedder-Policy": "require-corp" },
        body: "postMessage({ type: 'ready' });\nonmessage = () => { throw new Error('simulated crash'); };",
      }),
    );
    const cell = await scratchWith(page, "return 'fine';");
    expect(await runCell(cell)).toBe("error");
    await expect(failure(cell)).toContainText(
      "The code ran out of memory (the kernel worker crashed: Uncaught Error: simulated crash)",
    );

    await page.unroute(/kernel-worker/);
    expect(await runCell(cell)).toBe("done");
    await expect(cell.locator(".scratch-value pre")).toHaveText('"fine"');
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
