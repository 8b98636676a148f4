/** A finished measurement the estimate learns from. */
export interface Timed {
  series: string;
  x: number;
  ms: number;
}

/** A measurement still to come. */
export interface Planned {
  series: string;
  x: number;
}

/**
 * How long the remaining steps of a sweep will take, extrapolated from those already timed.
 *
 * Runtime usually grows as a power of problem size (x¹ for a copy, x^1.5 for trial-division
 * primes), so each series is extrapolated along the log–log line through its two largest sizes;
 * with one size, runtime is taken as proportional to x. A series with no timings yet borrows the
 * mean prediction of the others. Returns null until something has been timed.
 *
 * @example estimateRemainingMs([{ series: "a", x: 10, ms: 1 }], [{ series: "a", x: 100 }]) // 10
 */
export function estimateRemainingMs(done: readonly Timed[], remaining: readonly Planned[]): number {
  let total = 0;
  for (const step of remaining) total += predictMs(done, step) ?? 0;
  return total;
}

function predictMs(done: readonly Timed[], step: Planned): number | null {
  const own = predictFromSeries(done, step.series, step.x);
  if (own !== null) return own;
  const others = [...new Set(done.map((t) => t.series))]
    .map((series) => predictFromSeries(done, series, step.x))
    .filter((ms): ms is number => ms !== null);
  return others.length ? others.reduce((a, b) => a + b, 0) / others.length : null;
}

function predictFromSeries(done: readonly Timed[], series: string, x: number): number | null {
  const bySize = new Map<number, number[]>();
  for (const t of done) {
    if (t.series !== series) continue;
    bySize.set(t.x, [...(bySize.get(t.x) ?? []), t.ms]);
  }
  const sizes = [...bySize.keys()].sort((a, b) => b - a);
  const [largest, second] = sizes;
  if (largest === undefined) return null;
  const msAt = (size: number) => mean(bySize.get(size) ?? []);
  const exponent =
    second === undefined ? 1 : clamp(slope(second, msAt(second), largest, msAt(largest)), 0, 3);
  return msAt(largest) * (x / largest) ** exponent;
}

function slope(x1: number, y1: number, x2: number, y2: number): number {
  if (y1 <= 0 || y2 <= 0) return 1;
  return Math.log(y2 / y1) / Math.log(x2 / x1);
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
