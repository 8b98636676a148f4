import { estimateRemainingMs, type Planned, type Timed } from "./eta";
import type { Sample, SummaryRow } from "./results";
import { summarize } from "./stats";

export interface MeasureOptions {
  trials?: number;
  /** Untimed calls first, so JIT tiers are warm. */
  warmup?: number;
  signal?: AbortSignal;
}

/**
 * Times one function several times after warming it up, drops the slowest trial (with three or
 * more), and gives every trial plus the 5th, 50th and 95th percentiles of the kept ones, in ms.
 *
 * @example const { q50 } = await measure(() => pool.map("identity", items), { trials: 10 });
 */
export async function measure(
  run: () => unknown,
  { trials = 7, warmup = 1, signal }: MeasureOptions = {},
): Promise<Omit<SummaryRow, "series" | "x"> & { samples: Sample[] }> {
  const samples = await sweep({
    xs: [0],
    series: [{ name: "run", run }],
    trials,
    warmup,
    ...(signal ? { signal } : {}),
  });
  const [row] = summarize(samples) as [SummaryRow];
  return { samples, n: row.n, q05: row.q05, q50: row.q50, q95: row.q95 };
}

/** One line on the chart: a way of doing the work, timed at every size. */
export interface Series {
  name: string;
  /** Does the work for size x. What it returns (e.g. `{ primes: 78498 }`) is kept in the sample. */
  run(x: number): unknown;
}

export interface SweepProgress {
  /** Every sample of the sizes finished so far; the same array until the next size finishes. */
  samples: Sample[];
  /** Fraction of timed runs finished, 0 … 1. */
  fraction: number;
  /** Extrapolated time still to go. */
  remainingMs: number;
}

export interface SweepOptions {
  xs: readonly number[];
  series: readonly Series[];
  trials: number;
  /** Untimed runs of each series at the smallest size first, so JIT tiers are warm. */
  warmup?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SweepProgress) => void;
}

/**
 * Times every series at every size, `trials` times each.
 *
 * Trials are interleaved across series (a, b, a, b, …) so that a slow drift of the machine — a
 * thermal throttle, a background tab — hits every series alike rather than the last one. With
 * three or more trials the slowest of each point is marked `dropped` and left out of the summary,
 * as the Python notebooks do with `timeit` repeats. Between runs it lets the page settle, so it
 * stays responsive, Stop is heard, and drawing never overlaps a timed run.
 *
 * @example
 * const samples = await sweep({
 *   xs: geometricSizes(1e3, 1e6, 4),
 *   series: [{ name: "loop", run: (n) => sumTo(n) }],
 *   trials: 5,
 *   signal,
 * });
 */
export async function sweep(options: SweepOptions): Promise<Sample[]> {
  const { xs, series, trials } = options;
  return sweepLoop(
    { ...options, lines: series, warmupAt: Math.min(...xs) },
    async ({ line, x, trial }) => {
      const start = performance.now();
      const output = await line.run(x);
      const ms = performance.now() - start;
      return { ms, samples: [{ ...extraFields(output), series: line.name, x, trial, ms }] };
    },
    (samples, x) => {
      if (trials >= 3) for (const line of series) markSlowest(samples, line.name, x);
    },
  );
}

/** One run of one line in a sweep: which line, at which size, which trial. */
export interface SweepStep<L> {
  line: L;
  x: number;
  trial: number;
}

export interface SweepLoopOptions<L> {
  xs: readonly number[];
  lines: readonly L[];
  trials: number;
  warmup?: number;
  /** The size the untimed warm-up runs use. */
  warmupAt: number;
  signal?: AbortSignal;
  onProgress?: (progress: SweepProgress) => void;
}

/**
 * The loop `sweep` and `collectReadings` share: warm-up runs, then every size with its trials
 * interleaved across lines, progress with the time left after every run, and samples reported
 * only for sizes every line has finished. `step` runs one line once and says how long it took
 * and what it measured; `finishSize` may mark the samples of a finished size (say, the slowest).
 */
export async function sweepLoop<L extends { name: string; run(x: number): unknown }>(
  options: SweepLoopOptions<L>,
  step: (step: SweepStep<L>) => Promise<{ ms: number; samples: Sample[] }>,
  finishSize: (samples: Sample[], x: number) => void = () => {},
): Promise<Sample[]> {
  const { xs, lines, trials, warmup = 1, warmupAt, signal, onProgress } = options;
  countProblem("trials", trials, 1);
  countProblem("warmup", warmup, 0);
  for (const line of lines) {
    for (let i = 0; i < warmup; i++) {
      signal?.throwIfAborted();
      await line.run(warmupAt);
      await settle();
    }
  }

  const plan: Planned[] = xs.flatMap((x) =>
    Array.from({ length: trials }, () => lines.map((line) => ({ series: line.name, x }))).flat(),
  );
  const samples: Sample[] = [];
  const timed: Timed[] = [];
  // Samples of the sizes every line has finished. A new array only when a size completes, so
  // a chart that follows it redraws a few times per sweep, not after every run.
  let finished: Sample[] = [];
  const report = () =>
    onProgress?.({
      samples: finished,
      fraction: timed.length / plan.length,
      remainingMs: estimateRemainingMs(timed, plan.slice(timed.length)),
    });
  for (const x of xs) {
    for (let trial = 0; trial < trials; trial++) {
      for (const line of lines) {
        signal?.throwIfAborted();
        const measured = await step({ line, x, trial });
        samples.push(...measured.samples);
        timed.push({ series: line.name, x, ms: measured.ms });
        report();
        await settle();
      }
    }
    finishSize(samples, x);
    finished = samples.map((sample) => ({ ...sample }));
    report();
  }
  return samples;
}

function markSlowest(samples: Sample[], series: string, x: number): void {
  const point = samples.filter((s) => s.series === series && s.x === x);
  const slowest = point.reduce((a, b) => (b.ms > a.ms ? b : a));
  slowest.dropped = true;
}

function extraFields(output: unknown): Record<string, unknown> {
  return typeof output === "object" && output !== null && !Array.isArray(output)
    ? { ...output }
    : {};
}

/**
 * Waits until the page has drawn the last progress update and gone idle, so that the next timed
 * run does not share the cores with rendering (with two cores and a pool of two, a chart redraw
 * during a run would steal half a worker's core). Input and Stop are handled meanwhile. Where
 * there are no frames (a worker), it only yields.
 */
export function settle(): Promise<void> {
  if (typeof requestIdleCallback !== "function") return yieldToEventLoop();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 200 }));
}

/** Lets rendering, input and abort events in without the 4 ms clamp of nested `setTimeout`. */
function yieldToEventLoop(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A count of runs a caller (perhaps the reader's code) passed: a whole number, at least `least`. */
function countProblem(name: string, value: number, least: number): void {
  if (Number.isSafeInteger(value) && value >= least) return;
  throw new RangeError(
    `${name} must be a whole number of at least ${least}, not ${String(value)}.`,
  );
}
