import type { Page } from "@playwright/test";
import type { Results } from "../../common/results";
import { largestX, measured, medianAt, samplesOf, xsOf } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

/**
 * Each pitfall's claimed effect, checked from the results the reader would download. Bounds are
 * loose: a quiet 2-core machine shows each effect several times over (see the comments).
 */

async function runExperiment(page: Page, id: string, quick = false): Promise<Results> {
  await page.goto(`/${quick ? "?quick=1" : ""}#/lesson/pitfalls`);
  const cell = experimentCell(page, id);
  expect(await runCell(cell)).toBe("done");
  return downloadResults(cell);
}

test.describe("Pitfalls", () => {
  test("1: multiplying by ten in a pool is slower than a plain loop at every size", async ({
    page,
  }) => {
    const results = await runExperiment(page, "tiny-tasks");
    const pool = `pool of ${results.environment.hardwareConcurrency}`;
    expect(largestX(results)).toBe(1_000_000);
    for (const sample of results.samples) expect(sample.last).toBe(10 * (sample.x - 1));
    // About 7× slower at a million numbers here; any margin at all is the claim.
    for (const x of xsOf(results)) {
      expect(medianAt(results, pool, x), `at ${x}`).toBeGreaterThan(
        measured(medianAt(results, "plain loop", x)),
      );
    }
  });

  test("2: a function and a closure fail with DataCloneError; text and a kernel name work", async ({
    page,
  }) => {
    const results = await runExperiment(page, "pickling", true);
    const outcome = (series: string) => {
      const samples = samplesOf(results, series);
      expect(samples.length).toBeGreaterThan(0);
      return samples;
    };
    for (const series of ["a function", "a closure, inside the data"]) {
      for (const sample of outcome(series)) {
        expect(sample).toMatchObject({ sent: false, error: "DataCloneError" });
        expect(sample.message).toMatch(/could not be cloned/);
      }
    }
    for (const sample of outcome("the closure's source text")) {
      expect(sample).toMatchObject({ sent: false, error: "ReferenceError" });
      expect(sample.message).toMatch(/is not defined/);
    }
    for (const series of ["source text", "a kernel's name"]) {
      for (const sample of outcome(series)) {
        expect(sample).toMatchObject({ sent: true, last: 10 * (sample.x - 1) });
      }
    }
    // The student sees the browser's own messages, and a chart of the two ways that worked.
    const cell = experimentCell(page, "pickling");
    await expect(cell.locator(".notes")).toContainText("DataCloneError");
    await expect(cell.locator(".notes")).toContainText("ReferenceError");
    await expect(cell.locator(".headline")).toContainText("3 of 5 ways failed");
  });

  test("3: copying big data costs far more than transferring, sharing or a recipe", async ({
    page,
  }) => {
    const results = await runExperiment(page, "payload");
    const mib = largestX(results);
    expect(mib).toBe(32);
    // Every way summed the same numbers: the data arrived whole, or was made the same.
    for (const x of xsOf(results)) {
      const sums = new Set(results.samples.filter((s) => s.x === x).map((s) => s.sum));
      expect(sums.size, `one checksum at ${x} MiB`).toBe(1);
    }
    // A transfer leaves the page's buffer empty; a copy and a share leave it as it was.
    const bytes = mib * 1024 * 1024;
    for (const s of samplesOf(results, "transfer")) expect(s.leftOnPage).toBe(0);
    for (const s of samplesOf(results, "copy", mib)) expect(s.leftOnPage).toBe(bytes);
    const copy = measured(medianAt(results, "copy", mib));
    // Here: transfer and share about 7× below a copy, the recipe about 1.8×.
    expect(medianAt(results, "transfer", mib)).toBeLessThan(0.5 * copy);
    expect(medianAt(results, "share (SharedArrayBuffer)", mib)).toBeLessThan(0.5 * copy);
    expect(medianAt(results, "send a recipe", mib)).toBeLessThan(copy);
  });

  test("4: one loop reusing results beats independent tasks in a pool", async ({ page }) => {
    const results = await runExperiment(page, "repeated-work");
    const cores = results.environment.hardwareConcurrency;
    const pool = `each from scratch, pool of ${cores}`;
    const reuse = "one loop, reusing results";
    const fib = [0, 1];
    while (fib.length < 40) fib.push((fib.at(-1) as number) + (fib.at(-2) as number));
    for (const sample of results.samples) expect(sample.last).toBe(fib[sample.x - 1]);
    // Thousands of times faster at n = 32 here.
    for (const x of xsOf(results)) {
      expect(medianAt(results, reuse, x), `at n = ${x}`).toBeLessThan(
        measured(medianAt(results, pool, x)),
      );
    }
  });

  test("5: pool tasks that start their own workers are slower than working directly", async ({
    page,
  }) => {
    const results = await runExperiment(page, "nested-pools");
    const cores = results.environment.hardwareConcurrency;
    const nested = `pool of ${cores}, each task starts its own workers`;
    expect(xsOf(results)).toEqual([1, 2, 4]);
    // The same window of numbers every time: one count, whatever the threads.
    expect(new Set(results.samples.map((s) => s.primes)).size).toBe(1);
    // About 1.9× slower with 4 workers per task on two cores.
    expect(medianAt(results, nested, 4)).toBeGreaterThan(
      1.2 * measured(medianAt(results, nested, 1)),
    );
  });

  test("6: reading then writing a shared counter loses updates; Atomics.add loses none", async ({
    page,
  }) => {
    const results = await runExperiment(page, "race");
    for (const sample of samplesOf(results, "Atomics.add")) {
      expect(sample.lost).toBe(0);
      expect(sample.final).toBe(sample.expected);
    }
    const times = largestX(results);
    expect(times).toBe(1_000_000);
    // Here about half of two million additions are lost; the claim is that any are.
    const lost = samplesOf(results, "read, then write", times).map((s) => s.lost as number);
    expect(Math.max(...lost)).toBeGreaterThan(0);
    await expect(experimentCell(page, "race").locator(".headline")).toContainText(
      "Atomics.add lost 0",
    );
  });

  test("7: parallelising the inner loop sends many more messages and is slower", async ({
    page,
  }) => {
    const results = await runExperiment(page, "inner-loop");
    const outer = "outer loop in parallel: a task per row";
    const inner = "inner loop in parallel: a task per point, row by row";
    const rows = largestX(results);
    expect(rows).toBe(256);
    for (const x of xsOf(results)) {
      const [a] = samplesOf(results, outer, x);
      const [b] = samplesOf(results, inner, x);
      // The same points, so the same total of iterations.
      expect(b?.iterations).toBe(a?.iterations);
      expect(b?.messages as number).toBeGreaterThan(4 * (a?.messages as number));
    }
    // About 14× slower at 256 rows here.
    expect(medianAt(results, inner, rows)).toBeGreaterThan(
      2 * measured(medianAt(results, outer, rows)),
    );
  });
});
