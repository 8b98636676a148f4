import type { Sample, SummaryRow } from "./results";

/**
 * The q-quantile of ascending numbers, interpolating linearly between order statistics
 * (type 7 in Hyndman & Fan; what NumPy's `percentile` does by default).
 *
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/**
 * One summary row (5th, 50th, 95th percentile of the samples not `dropped`) per series and x,
 * in the order the samples were taken. `measure` picks what to summarise: the runtime by
 * default, or another number the experiment kept in its samples (samples without it are skipped).
 *
 * @example summarize(results.samples, (sample) => sample.lostPercent as number)
 */
export function summarize(
  samples: readonly Sample[],
  measure: (sample: Sample) => unknown = (sample) => sample.ms,
): SummaryRow[] {
  const groups = new Map<string, { series: string; x: number; values: number[] }>();
  for (const sample of samples) {
    const value = measure(sample);
    if (typeof value !== "number") continue;
    const key = `${sample.series}\u0000${sample.x}`;
    const group = groups.get(key) ?? { series: sample.series, x: sample.x, values: [] };
    if (sample.dropped !== true) group.values.push(value);
    groups.set(key, group);
  }
  const measured = [...groups.values()].filter((group) => group.values.length > 0);
  return measured.map(({ series, x, values }) => {
    const sorted = values.sort((a, b) => a - b);
    return {
      series,
      x,
      n: sorted.length,
      q05: quantile(sorted, 0.05),
      q50: quantile(sorted, 0.5),
      q95: quantile(sorted, 0.95),
    };
  });
}

/**
 * Sizes from `min` to `max` spaced evenly on a log scale, rounded to integers, `max` included.
 *
 * @example geometricSizes(1_000, 100_000, 3) // [1000, 10000, 100000]
 */
export function geometricSizes(min: number, max: number, count: number): number[] {
  if (count < 2 || min >= max) return [Math.round(max)];
  const ratio = (max / min) ** (1 / (count - 1));
  const sizes = Array.from({ length: count }, (_, i) => Math.round(min * ratio ** i));
  return [...new Set(sizes)];
}
