import type { Results, Sample } from "../common/results";
import { quantile } from "../common/stats";

/** The median runtime of a series at x, from the results' summary; undefined if not measured. */
export function medianMs(results: Results, series: string, x: number): number | undefined {
  return results.summary.find((row) => row.series === series && row.x === x)?.q50;
}

/** The largest x the run measured. */
export function largestX(results: Results): number {
  return Math.max(...results.summary.map((row) => row.x));
}

/** The samples a summary keeps: the slowest trial of each point is `dropped`. */
export function keptSamples(results: Results): Sample[] {
  return results.samples.filter((sample) => sample.dropped !== true);
}

/** The median of a numeric field over the kept trials of one series at x. */
export function medianField(
  results: Results,
  series: string,
  x: number,
  field: string,
): number | undefined {
  const values = keptSamples(results)
    .filter((sample) => sample.series === series && sample.x === x)
    .map((sample) => sample[field])
    .filter((value): value is number => typeof value === "number")
    .sort((a, b) => a - b);
  return values.length > 0 ? quantile(values, 0.5) : undefined;
}

/** "2.3× slower" or "1.8× faster": how `time` compares with `reference`. */
export function ratioWords(time: number, reference: number): string {
  return time >= reference
    ? `${(time / reference).toFixed(1)}× slower`
    : `${(reference / time).toFixed(1)}× faster`;
}

export const formatCount = (value: number) => Math.round(value).toLocaleString("en");
