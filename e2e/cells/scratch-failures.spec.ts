import type { Page } from "@playwright/test";
import { expect, runCell, test } from "../support/fixtures";
import { editorOf, failure, scratchCode, scratchWith } from "../support/scratchCell";

/**
 * What goes wrong in the scratch cell's run, and how the reader hears of it: errors at their
 * line, values that cannot be sent, memory, a loop that never ends, a kernel worker that fails.
 */

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

test("a syntax error names its line and column, runs nothing, and keeps the code", async ({
  page,
}) => {
  const code = "console.log('never');\nconst ready = ;\nreturn ready;";
  const cell = await scratchWith(page, code);
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 2, column 15: Unexpected token");
  await expect(failure(cell)).toContainText("none of the code ran");
  // Marked in the editor: the character on that line, and listed under it.
  await expect(cell.locator(".cm-line").nth(1).locator(".cm-lintRange-error")).toHaveText(";");
  await expect(cell.locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(cell.locator(".code-editor-problems")).toHaveText(
    "Line 2, column 15: Unexpected token",
  );
  await expect(cell.locator(".scratch-printed")).toHaveCount(0);
  expect(await scratchCode(cell)).toBe(code);
});

test("a runtime error names the line in the reader's code", async ({ page }) => {
  const cell = await scratchWith(
    page,
    "const sizes = [1, 2, 3];\nconst settings = null;\n\nreturn settings.trials;",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("Line 4: TypeError: Cannot read properties of null");
  await expect(cell.locator(".cm-line").nth(3).locator(".cm-lintRange-error")).toHaveText(
    "return settings.trials;",
  );

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
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(cell.locator(".printed-line")).toHaveText("looping");
  await expect(cell).toHaveAttribute("data-state", "running");

  // The loop runs in the kernel worker: the page keeps drawing frames and taking input. A
  // blocked page would draw none; a busy machine may draw only a few.
  expect(await framesIn(page, 500)).toBeGreaterThan(2);
  const editor = editorOf(cell);
  await editor.press("Control+End");
  await editor.pressSequentially(" // still typing");
  await expect.poll(() => scratchCode(cell)).toMatch(/while \(true\) \{\} \/\/ still typing$/);

  // The kernel worker and the two pool workers it started (nested workers count too).
  expect(page.workers().length).toBeGreaterThanOrEqual(3);
  await cell.getByRole("button", { name: "Stop", exact: true }).click();
  // Stop terminates the worker in the click handler; no waiting on the loop.
  await expect(cell).toHaveAttribute("data-state", "stopped", { timeout: 1_000 });
  await expect(cell.getByRole("status")).toContainText("Stopped");
  // The kernel and the pool it started are gone.
  await expect.poll(() => page.workers().length).toBe(0);

  await scratchWith(page, "return 6 * 7;");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toHaveText("42");
});

test("code that closes its own worker is a crash, reported as one, and the next Run works", async ({
  page,
}) => {
  // Issue 15, fault 5: the worker ended without a word and the run stayed Running forever.
  const cell = await scratchWith(
    page,
    "console.log('closing');\nself.close();\nawait new Promise((resolve) => setTimeout(resolve, 100));\nreturn 1;",
  );
  expect(await runCell(cell, 15_000)).toBe("error");
  await expect(failure(cell)).toContainText("The kernel worker crashed: it ended itself");
  await expect(failure(cell)).toContainText("self.close()");

  await scratchWith(page, "return 6 * 7;");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toHaveText("42");
});

test("messages the code forges with self.postMessage are capped and checked on the page too", async ({
  page,
}) => {
  // Issue 15, fault 6: the caps held only in the worker, and code can post what it likes. The
  // first run of a kernel is run 1.
  const cell = await scratchWith(
    page,
    [
      "const lines = Array.from({ length: 20000 }, (_, i) => ({ level: 'log', text: 'forged ' + i }));",
      "for (let i = 0; i < 5; i++) self.postMessage({ type: 'output', runId: 1, lines, dropped: 0 });",
      "const rows = Array.from({ length: 20000 }, (_, i) => [String(i)]);",
      "const display = { kind: 'table', columns: ['n'], rows, totalRows: rows.length, hiddenColumns: 0 };",
      "self.postMessage({ type: 'returned', runId: 1, display });",
      "await new Promise((resolve) => setTimeout(resolve, 60000));",
    ].join("\n"),
  );
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".printed-line")).toHaveCount(1_000);
  await expect(cell.locator(".scratch-printed")).toContainText("99,000 more lines, not shown");
  await expect(cell.locator("tbody tr")).toHaveCount(200);
  await expect(cell.locator("caption")).toContainText("showing 200 of 20,000 rows");

  // A message of the wrong shape ends the run with a clear message; the next Run works.
  await scratchWith(
    page,
    "self.postMessage({ type: 'returned', runId: 2, display: { kind: 'table', rows: 'nope' } });\nawait new Promise(() => {});",
  );
  expect(await runCell(cell)).toBe("error");
  await expect(failure(cell)).toContainText("The kernel worker sent the page a message it refused");
  await scratchWith(page, "return 6 * 7;");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".scratch-value pre")).toHaveText("42");
});

test("code that replaces self.onmessage or self.postMessage does not cut the kernel off", async ({
  page,
}) => {
  // Found trying faults for issue 15: the next run never reached the kernel, or never answered.
  for (const code of [
    "self.onmessage = () => {};\nreturn 'replaced';",
    "self.postMessage = () => {};\nreturn 'replaced';",
  ]) {
    const cell = await scratchWith(page, code);
    expect(await runCell(cell, 15_000)).toBe("done");
    await scratchWith(page, "return 6 * 7;");
    expect(await runCell(cell, 15_000)).toBe("done");
    await expect(cell.locator(".scratch-value pre")).toHaveText("42");
  }
});

test.describe("without a service worker", () => {
  // Playwright's routing cannot see requests a service worker answers from its cache, so these
  // faults are injected with none installed.
  test.use({ serviceWorkers: "block" });

  test("a kernel worker that cannot load is reported, and a later Run works", async ({ page }) => {
    await page.route(/scratch-worker/, (route) => route.abort("failed"));
    const cell = await scratchWith(page, "return 1;");
    expect(await runCell(cell)).toBe("error");
    await expect(failure(cell)).toContainText(
      "The kernel worker that runs this cell could not start",
    );

    await page.unroute(/scratch-worker/);
    expect(await runCell(cell)).toBe("done");
    expect(await scratchCode(cell)).toBe("return 1;");
  });

  test("a kernel worker that dies mid-run is reported, and the next Run starts a fresh one", async ({
    page,
  }) => {
    // A stand-in kernel that loads, then dies on its first run, as a worker the browser ends does.
    await page.route(/scratch-worker/, (route) =>
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

    await page.unroute(/scratch-worker/);
    expect(await runCell(cell)).toBe("done");
    await expect(cell.locator(".scratch-value pre")).toHaveText('"fine"');
  });
});
