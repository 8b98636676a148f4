import type { Results } from "../../common/results";
import { fasterBeyondSpread } from "../../engine/verdict";
import { medianAt } from "../../kit/queries";
import {
  downloadResults,
  expect,
  experimentCell,
  importFiles,
  runCell,
  test,
} from "../support/fixtures";

// A verdict says whether a run shows what the lesson expects, read from that run's numbers: the
// reader's own run, and imported files that show it and that contradict it.

const poolOf = (results: Results) => `pool of ${results.environment.hardwareConcurrency}`;
const largest = (results: Results) => Math.max(...results.summary.map((row) => row.x));

/** The run with the pool's times at the largest n scaled by `factor`, and its spread by `spread`. */
function forged(own: Results, factor: number, spread: number, cores: number): Results {
  const n = largest(own);
  const pool = poolOf(own);
  const scaled = (series: string, x: number, ms: number) =>
    series === pool && x === n ? ms * factor : ms;
  return {
    ...own,
    environment: { ...own.environment, hardwareConcurrency: cores },
    samples: own.samples.map((s) => ({
      ...s,
      series: s.series === pool ? `pool of ${cores}` : s.series,
      ms: scaled(s.series, s.x, s.ms),
    })),
    summary: own.summary.map((row) => {
      const q50 = scaled(row.series, row.x, row.q50);
      const series = row.series === pool ? `pool of ${cores}` : row.series;
      return { ...row, series, q05: q50 / spread, q50, q95: q50 * spread };
    }),
  };
}

test("a run's verdict agrees with its numbers, and imported runs get their own", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell)).toBe("done");
  const own = await downloadResults(cell);
  const n = largest(own);
  const shows = (medianAt(own, poolOf(own), n) ?? Infinity) < (medianAt(own, "1 worker", n) ?? 0);
  const verdict = cell.locator("[data-verdict]").first();
  await expect(verdict).toHaveAttribute("data-verdict", shows ? "expected" : "unexpected");
  await expect(verdict).toContainText("This run");
  await expect(verdict).toContainText("the pool finishes sooner than one worker");

  const one = medianAt(own, "1 worker", n) ?? 1;
  const pool = medianAt(own, poolOf(own), n) ?? 1;
  // A file where the pool is 4× faster than one worker, and one where it is 4× slower and noisy.
  const showing = forged(own, one / pool / 4, 1.05, 8);
  const contradicting = forged(own, (4 * one) / pool, 3, 6);
  await importFiles(cell, [
    { name: "showing.json", text: JSON.stringify(showing) },
    { name: "contradicting.json", text: JSON.stringify(contradicting) },
  ]);
  const expected = cell.locator('[data-verdict="expected"]', { hasText: "8 cores" });
  await expect(expected).toContainText("The imported run (8 cores");
  const unexpected = cell.locator('[data-verdict="unexpected"]', { hasText: "6 cores" });
  await expect(unexpected).toContainText("does not show what the lesson expects");
  await expect(unexpected).toContainText("something else was using the cores");
  await expect(unexpected).toContainText("smaller sizes than the lesson's");
});

test("the GIL's verdict reads the run's spread: threads faster beyond it are called out", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/gil");
  const cell = experimentCell(page, "threads-vs-processes");
  expect(await runCell(cell, 120_000)).toBe("done");
  const results = await downloadResults(cell);
  const threads = results.summary.map((row) => row.series).find((s) => s.endsWith("(GIL)"));
  test.skip(threads === undefined, "this page cannot run the GIL's threads (no shared memory)");
  const faster = fasterBeyondSpread(results, threads ?? "", "serial (1 thread)", largest(results));
  const verdict = cell.locator("[data-verdict]");
  await expect(verdict).toHaveAttribute("data-verdict", faster ? "unexpected" : "expected");
  await expect(verdict).toContainText("no faster than one thread beyond the trials' spread");
});
