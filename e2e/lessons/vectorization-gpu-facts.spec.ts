import type { Locator } from "@playwright/test";
import { expect, experimentCell, test } from "../support/fixtures";

/** A Python program's code as the page prints it. */
const codeOf = (program: Locator) => program.locator("code").first().textContent();

/** Whether `first` comes before `then` in `text`, both present. */
function inOrder(text: string, first: string, then: string): boolean {
  const a = text.indexOf(first);
  const b = text.indexOf(then);
  return a >= 0 && b >= 0 && a < b;
}

test.describe("Facts the vectorization and GPUs lessons state", () => {
  test("BLAS threads: every variable, set before NumPy loads, and oversubscription", async ({
    page,
  }) => {
    await page.goto("/#/lesson/vectorization");
    const lesson = page.locator("main.lesson");
    const variables = [
      "OMP_NUM_THREADS",
      "OPENBLAS_NUM_THREADS",
      "MKL_NUM_THREADS",
      "VECLIB_MAXIMUM_THREADS",
      "NUMEXPR_NUM_THREADS",
    ];
    for (const name of variables) await expect(lesson).toContainText(name);
    await expect(lesson).toContainText("Set them before import numpy");
    await expect(lesson).toContainText("The BLAS reads them once, when NumPy loads it");
    await expect(lesson).toContainText('threadpool_limits(limits=1, user_api="blas")');
    await expect(lesson).toContainText("That is oversubscription");

    // The program sets them in its workers' environment before they import NumPy, and says
    // it runs on the reader's machine (the browser's Python has no NumPy).
    const program = page.locator('[data-python-program="blas_threads.py"]');
    await expect(program).toContainText("This one runs on your machine, not here");
    const code = (await codeOf(program)) ?? "";
    for (const name of variables) expect(code).toContain(`"${name}"`);
    expect(inOrder(code, "os.environ[name] = str(threads)", "ProcessPoolExecutor(cores")).toBe(
      true,
    );
  });

  test("Numba: the cache saves the compiling, not the cold start; prange and @vectorize", async ({
    page,
  }) => {
    await page.goto("/#/lesson/vectorization");
    const lesson = page.locator("main.lesson");
    await expect(lesson).toContainText("That saves the compiling, not the whole first call.");
    await expect(lesson).toContainText(
      "The author of Corelab's issue 17 measured this kernel on their laptop: a first call of 1.3 to 3.0 s cold, 0.9 to 1.5 s with the cache, and 0.28 ms once warm.",
    );
    const twin = experimentCell(page, "first-call").locator(".python-twin");
    const firstCall = (await codeOf(twin)) ?? "";
    expect(firstCall).toContain("@njit(cache=True)");
    expect(firstCall).toContain("f_loop.stats.cache_hits");

    const numba = page.locator('[data-python-program="numba_ways.py"]');
    const ways = (await codeOf(numba)) ?? "";
    expect(ways).toContain('@vectorize(SIGNATURE, target="cpu")');
    expect(ways).toContain('@vectorize(SIGNATURE, target="parallel")');
    expect(ways).toContain("@njit(parallel=True)");
    expect(ways).toContain("prange(values.size)");
    expect(ways).toContain('target="cuda"');
  });

  test("the page's own machinery is in collapsed asides, and the lines are the reader's choice", async ({
    page,
  }) => {
    await page.goto("/#/lesson/vectorization");
    const asides = page.locator("details.how-this-page");
    // One each beside the f(x) ways, the first call and the matrix multiply.
    await expect(asides).toHaveCount(3);
    for (const aside of await asides.all()) await expect(aside).not.toHaveAttribute("open");
    await expect(asides.first()).toContainText("AssemblyScript");
    const cell = experimentCell(page, "vectorize");
    await expect(cell.getByLabel("Lines drawn")).toHaveValue("0");
    await expect(cell.getByLabel("Largest N")).toHaveValue("3000");
  });

  test("GPUs: the JAX twin warms up, then times the launch and until ready from one start", async ({
    page,
  }) => {
    await page.goto("/#/lesson/gpus");
    await expect(page.locator("main.lesson")).toContainText(
      "The first call traces and compiles f, so it is run once and waited for before any clock.",
    );
    const twin = experimentCell(page, "async-trap").locator(".python-twin");
    const code = (await codeOf(twin)) ?? "";
    // The warm-up call is waited for before the timed calls start.
    expect(inOrder(code, "f(values).block_until_ready()", "timings = [")).toBe(true);
    // Each timed call: the launch is read, then the call is waited for, from the same start.
    expect(inOrder(code, "launched = time.perf_counter()", "result.block_until_ready()")).toBe(
      true,
    );
    expect(inOrder(code, "result.block_until_ready()", "ready = time.perf_counter()")).toBe(true);
  });
});
