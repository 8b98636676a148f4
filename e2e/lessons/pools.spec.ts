import { largestX, measured, medianAt, samplesOf, xsOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test.describe("Pools", () => {
  test("the lesson states the start methods as CPython 3.11 to 3.14 have them", async ({
    page,
  }) => {
    await page.goto("/#/lesson/pools");
    const lesson = page.locator("main");
    await expect(lesson).toContainText("It was the default on Linux up to Python 3.13.");
    await expect(lesson).toContainText(
      "Python 3.14 made it the default on Linux and the other POSIX systems, macOS excepted.",
    );
    await expect(lesson).toContainText("Only spawn pays for a new interpreter in every process");
    await expect(lesson).not.toContainText("less with fork");
    // A pool per call is what Pool() in a loop costs; joblib's loky backend reuses its workers.
    await expect(lesson).toContainText("joblib's default backend, loky, does that for you");
    await expect(lesson).toContainText('backend="multiprocessing"');
    const twin = experimentCell(page, "reuse-pool").locator("code.language-python");
    await expect(twin).toContainText("from multiprocessing import Pool");
    await expect(twin).not.toContainText("joblib");
    // The __main__ guard and what a notebook's function does under spawn.
    await expect(lesson).toContainText(
      "Can't get attribute 'square' on <module '__main__' (built-in)>",
    );
    for (const file of [
      "no_guard.py",
      "main_guard.py",
      "pool_api.py",
      "queue_and_pipe.py",
      "value_and_array.py",
    ]) {
      await expect(page.locator(`[data-python-program="${file}"]`)).toBeVisible();
    }
  });

  test("a new worker per task is far slower than a reused pool, and the start cost is measured", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "process-vs-pool");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const x = largestX(results);
    const reused = `pool of ${results.environment.hardwareConcurrency}, reused`;
    // Starting a worker costs tens of milliseconds against a task's half millisecond: about 40×
    // even with both cores busy elsewhere, so 2× holds under any load.
    expect(medianAt(results, "new worker per task", x)).toBeGreaterThan(
      2 * measured(medianAt(results, reused, x)),
    );
    const starts = results.samples.map((s) => s.workerStartMs).filter((ms) => ms !== undefined);
    expect(starts.length).toBeGreaterThan(0);
    for (const ms of starts) expect(ms).toBeGreaterThan(0);
    await expect(cell.locator(".headline")).toContainText("Starting a worker took");
    // The pool says how it handed the tasks over: shared memory on this isolated page, unless
    // the run hides Atomics.waitAsync (CORELAB_POOL_DISPATCH=messages).
    const shared = process.env.CORELAB_POOL_DISPATCH !== "messages";
    expect(results.samples.some((s) => s.dispatch === (shared ? "shared" : "messages"))).toBe(true);
    await expect(cell).toContainText("How the pool handed over tasks");
    await expect(cell).toContainText(shared ? "through shared memory" : "by message");
  });

  test("map hands over everything at the end; the streaming variants start sooner", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "map-variants");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    // map: every result of a trial arrives at the same moment.
    for (const trial of new Set(results.samples.map((s) => s.trial))) {
      const times = samplesOf(results, "map")
        .filter((s) => s.trial === trial)
        .map((s) => s.ms);
      expect(new Set(times).size).toBe(1);
    }
    // map's first result waits for all eight tasks, the streams' for one: about 15× apart even
    // on a loaded machine.
    const first = (series: string) => measured(medianAt(results, series, 1));
    expect(first("imap_unordered")).toBeLessThan(first("map"));
    expect(first("imap")).toBeLessThan(first("map"));
    // imap_unordered never keeps a finished result from the caller.
    for (const s of samplesOf(results, "imap_unordered")) {
      expect(s.mostHeldBack).toBeLessThanOrEqual(1);
    }
  });

  test("a new pool per call and one pool kept open are both timed, and compared", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/pools");
    const cell = experimentCell(page, "reuse-pool");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const x = largestX(results);
    // How much a kept pool saves is the machine's to say (a few times here); the lesson shows
    // the measured ratio, whatever it is.
    for (const series of ["new pool per call", "one pool, reused"]) {
      expect(medianAt(results, series, x)).toBeGreaterThan(0);
    }
    const headline = cell.locator(".headline");
    await expect(headline).toContainText(`${x} calls took`);
    await expect(headline).toContainText(/with one pool: [\d.]+× longer/);
    await expect(headline).toContainText("joblib's default (loky) backend keeps its workers");
  });

  test("the speedup is measured from 1 to twice the cores, and Amdahl's law is fitted to it", async ({
    page,
  }) => {
    await page.goto("/#/lesson/pools");
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const cell = experimentCell(page, "worker-count");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(xsOf(results)).toEqual(Array.from({ length: 2 * cores }, (_, i) => i + 1));
    await expect(
      cell.getByRole("img", { name: /Speedup against the number of workers/ }),
    ).toBeVisible();
    // The speedup itself depends on what else the cores run (the parallel-efficiency row of
    // `npm run bench` measures it on a quiet machine); the headline names the one measured.
    const speedup =
      measured(medianAt(results, "measured", 1)) / measured(medianAt(results, "measured", cores));
    expect(speedup).toBeGreaterThan(0);
    await expect(cell.locator(".headline")).toContainText(
      `${cores} workers gave ${speedup.toFixed(2)}×`,
    );
    await expect(cell.locator(".headline")).toContainText("serial fraction");
  });
});
