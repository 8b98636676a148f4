import { type Results, type Sample, type SummaryRow, summaryAt } from "../common/results";
import { quantile } from "../common/stats";
import { PYTHON_SERIES } from "../engine/pythonMeasures";

/**
 * What a lesson's headline and notes ask of a run's results, and what the e2e tests ask of the
 * file the reader downloads: one set of answers for both. The tests load this module in Node, so
 * it imports no `?raw` file and starts no worker.
 *
 * A point the run did not measure (it was stopped, or this browser could not run a series) is
 * `undefined`: a headline then says less, and a test wraps the query in `measured` to fail there.
 *
 * @example
 * const n = largestX(results);
 * const serial = medianAt(results, "serial", n);
 * const kernel = medianField(results, "WASM SIMD", n, "kernelMs");
 */

// What the run measured: its series, its xs, and each series' points.

/** The series the run measured, in the order it first measured them. */
export function seriesNames(results: Results): string[] {
  return [...new Set(results.summary.map((row) => row.series))];
}

/** The xs the run measured, of one series or of any, ascending. */
export function xsOf(results: Results, series?: string): number[] {
  const rows = series === undefined ? results.summary : pointsOf(results, series);
  return [...new Set(rows.map((row) => row.x))].sort((a, b) => a - b);
}

/** The largest x the page measured (where headlines usually look); a Python twin's points aside. */
export function largestX(results: Results): number {
  const pages = results.summary.filter((row) => !row.series.startsWith(PYTHON_SERIES));
  return Math.max(...pages.map((row) => row.x));
}

/** A series' summary rows, ascending in x: the median (q50) and the 5–95 % band at each x. */
export function pointsOf(results: Results, series: string): SummaryRow[] {
  return results.summary.filter((row) => row.series === series).sort((a, b) => a.x - b.x);
}

// Medians: of the runtime, of another number the samples kept, of any numbers.

/** The median runtime (ms) of a series at x: the q50 of its summary row. */
export function medianAt(results: Results, series: string, x: number): number | undefined {
  return summaryAt(results, series, x)?.q50;
}

/**
 * The median of another number each sample kept (say `kernelMs`, timed inside the worker) over
 * the kept trials of a series at x, as the summary takes the runtime's.
 */
export function medianField(
  results: Results,
  series: string,
  x: number,
  field: string,
): number | undefined {
  const values = samplesOf(results, series, x)
    .filter((sample) => sample.dropped !== true)
    .map((sample) => sample[field])
    .filter((value): value is number => typeof value === "number");
  return median(values);
}

/** The median of numbers in any order (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

// Samples: the trials themselves, for what a median does not say.

/** Every trial of a series, at x or at every x, dropped ones included: to check each output. */
export function samplesOf(results: Results, series: string, x?: number): Sample[] {
  return results.samples.filter(
    (sample) => sample.series === series && (x === undefined || sample.x === x),
  );
}

/** Every trial at x, of every series, dropped ones included: to check the series agree. */
export function samplesAt(results: Results, x: number): Sample[] {
  return results.samples.filter((sample) => sample.x === x);
}

/** The trials the summary keeps: the slowest trial of each point is `dropped`. */
export function keptSamples(results: Results): Sample[] {
  return results.samples.filter((sample) => sample.dropped !== true);
}

/**
 * A query's answer where the caller needs it (a test): throws when the run did not measure
 * that point, rather than comparing with `undefined`.
 *
 * @example expect(medianAt(results, pool, n)).toBeLessThan(0.9 * measured(medianAt(results, one, n)))
 */
export function measured<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("The run did not measure this point.");
  return value;
}
