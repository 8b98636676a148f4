import type { Locator, Page } from "@playwright/test";
import { expect, experimentCell, test } from "../support/fixtures";
import { PYTHON_RUN_MS, pythonOutput } from "../support/pythonCell";

/**
 * The pitfalls lesson's Python facts, read from the page as a student reads them, and every
 * Python program in it run in the tab's CPython 3.14: each must end without error and print
 * what the lesson claims. The facts were checked first with CPython 3.11, 3.12 and 3.13.
 */

test.describe.configure({ timeout: 3 * PYTHON_RUN_MS });

const lesson = (page: Page) => page.locator("main.lesson");

/**
 * Runs a cell's Python (an experiment's twin, or a standalone program) and returns its output.
 * A program that boots a dozen interpreters may take minutes on a loaded 2-core machine.
 */
async function runsWithoutError(cell: Locator): Promise<string> {
  const output = pythonOutput(cell);
  await cell.getByRole("button", { name: "Run Python", exact: true }).click();
  await expect(output).not.toHaveAttribute("data-python-state", /idle/);
  await expect(output).not.toHaveAttribute("data-python-state", "running", {
    timeout: 2 * PYTHON_RUN_MS,
  });
  const text = await output.innerText();
  await expect(output, text).toHaveAttribute("data-python-state", "done");
  expect(text).not.toContain("Traceback");
  return text;
}

/** The number a line of output reports after `label`, commas removed. */
function numberAfter(output: string, label: RegExp): number {
  const found = label.exec(output);
  expect(found, `${label} in:\n${output}`).not.toBeNull();
  return Number((found?.[1] ?? "").replaceAll(",", ""));
}

test("tiny tasks are taught once, in the chunk-size lesson, and the pitfalls lesson links there", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  await expect(page.locator("h1")).toHaveText("Pitfalls of parallel code");
  await expect(page.locator('[data-experiment="tiny-tasks"]')).toHaveCount(0);
  const link = lesson(page).getByRole("link", { name: "Many tiny tasks" }).first();
  await expect(link).toHaveAttribute("href", "#/lesson/chunk-size/many-tiny-tasks");
  await link.click();
  await expect(page.locator("h1")).toHaveText("Chunk size");
  await expect(page.locator("h2#many-tiny-tasks")).toBeVisible();
  await expect(page.locator('[data-experiment="tiny-tasks"]')).toHaveCount(1);
});

test("the text says which pools nest, gives each version's pickling error, and how to unlink", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  const text = lesson(page);
  // Checked with CPython 3.11: a Pool in a Pool worker fails; executors nest.
  await expect(text).toContainText("multiprocessing.Pool cannot nest");
  await expect(text).toContainText(
    "AssertionError: daemonic processes are not allowed to have children",
  );
  await expect(text).toContainText(
    "concurrent.futures.ProcessPoolExecutor can. Its workers are not daemonic",
  );
  await expect(text).not.toContainText("Python's own pool cannot nest");
  // The wording of 3.11–3.12, 3.13 and 3.14, as each prints it.
  await expect(text).toContainText("attribute lookup <lambda> on __main__ failed");
  await expect(text).toContainText("AttributeError: Can't get local object");
  await expect(text).toContainText("it's not found as __main__.<lambda>");
  // Shared memory: the owner unlinks once, in a finally; 3.13 adds track=False.
  await expect(text).toContainText("the owner alone calls unlink(), once, in a finally");
  await expect(text).toContainText("SharedMemory(name=name, track=False)");
});

test("pickling.py: a lambda and a closure fail to pickle; a module-level function and partial work", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  const output = await runsWithoutError(experimentCell(page, "pickling"));
  // Python 3.14's wording, as the text gives it.
  expect(output).toMatch(/a lambda: failed: PicklingError: Can't pickle <function <lambda>/);
  expect(output).toMatch(/a closure: failed: PicklingError: Can't pickle local object/);
  expect(output).toMatch(/a module-level function: worked, last = 999990/);
  expect(output).toMatch(/partial\(scale, factor=10\): worked, last = 999990/);
});

test("race.py: += on a Value loses additions; holding get_lock() loses none", async ({ page }) => {
  await page.goto("/#/lesson/pitfalls");
  const output = await runsWithoutError(experimentCell(page, "race"));
  expect(numberAfter(output, /plain: [\d,]+ of [\d,]+ \(([\d,]+) lost\)/)).toBeGreaterThan(0);
  expect(numberAfter(output, /locked: [\d,]+ of [\d,]+ \(([\d,]+) lost\)/)).toBe(0);
});

test("repeated_work.py: the three versions run", async ({ page }) => {
  await page.goto("/#/lesson/pitfalls");
  const output = await runsWithoutError(experimentCell(page, "repeated-work"));
  expect(output).toMatch(/one loop, reusing results: +[\d.]+ ms/);
  expect(output).toMatch(/each from scratch, pool of \d+: +[\d.]+ ms/);
  expect(output).toMatch(/each from scratch, one process: +[\d.]+ ms/);
});

test("nested_pools.py: a Pool in a Pool worker fails; ProcessPoolExecutors nest", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  const cell = experimentCell(page, "nested-pools");
  await expect(cell).toContainText("WIDTH = 10,000 (not 40_000)");
  const output = await runsWithoutError(cell);
  expect(output).toContain(
    "A Pool inside a Pool worker: AssertionError: daemonic processes are not allowed to have children",
  );
  // The primes in [100,000,000, 100,010,000), whichever way they were counted (CPython 3.11: 551).
  const counts = [
    /each task alone: ([\d,]+) primes/,
    /each task starts 2: ([\d,]+) primes/,
    /one executor of \d+: ([\d,]+) primes/,
  ].map((line) => numberAfter(output, line));
  expect(counts).toEqual([551, 551, 551]);
});

test("inner_loop.py: the outer and the inner loop count the same iterations", async ({ page }) => {
  await page.goto("/#/lesson/pitfalls");
  const output = await runsWithoutError(experimentCell(page, "inner-loop"));
  const outer = numberAfter(output, /outer: ([\d,]+) iterations/);
  expect(outer).toBe(1_388_271);
  expect(numberAfter(output, /inner: ([\d,]+) iterations/)).toBe(outer);
});

test("payload.py needs NumPy, and says it runs on the reader's machine", async ({ page }) => {
  await page.goto("/#/lesson/pitfalls");
  const cell = experimentCell(page, "payload");
  await expect(cell.getByText("This one runs on your machine, not here")).toBeVisible();
  await expect(cell.getByRole("button", { name: "Run Python", exact: true })).toHaveCount(0);
});

test("shared_values.py: Array with get_lock() is exact; Value(lock=False) and RawValue have no lock", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  const program = page.locator('[data-python-program="shared_values.py"]');
  const output = await runsWithoutError(program);
  expect(output).toContain(
    "Array, get_lock() held: [40000, 40000, 40000] (expected 40,000 in every slot)",
  );
  for (const label of ["Value\\(lock=False\\)", "RawValue"]) {
    expect(output).toMatch(
      new RegExp(`${label}: [\\d,]+ of 40,000, [\\d,]+ lost; get_lock: False`),
    );
  }
  expect(output).toContain("RawArray: [1.5, 2.5, 3.5], get_lock: False");
});

test("every Python program in the lesson that runs here is one of the programs tested above", async ({
  page,
}) => {
  await page.goto("/#/lesson/pitfalls");
  await expect(page.locator("h1")).toBeVisible();
  const runnable = await page
    .locator("[data-experiment], [data-python-program]")
    .filter({ has: page.getByRole("button", { name: "Run Python", exact: true }) })
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest("[data-experiment] [data-python-program]"))
        .map(
          (node) =>
            node.getAttribute("data-python-program") ?? node.getAttribute("data-experiment"),
        ),
    );
  expect(runnable.sort()).toEqual(
    ["inner-loop", "nested-pools", "pickling", "race", "repeated-work", "shared_values.py"].sort(),
  );
});
