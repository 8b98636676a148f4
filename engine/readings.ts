import { type SweepProgress, sweepLoop } from "../common/measure";
import type { Sample } from "../common/results";

/**
 * One number a run measured (a latency, a pause), in ms, with any details to keep. A run that
 * measures two things names the series each reading belongs to.
 */
export type Reading = { ms: number; series?: string } & Record<string, unknown>;

/** A way of doing the work whose runs report what they measured, rather than being timed. */
export interface ReadingSeries {
  name: string;
  run(x: number): Promise<Reading[]>;
}

export interface ReadingsOptions {
  xs: readonly number[];
  series: readonly ReadingSeries[];
  /** Runs per series and x. */
  runs: number;
  /** Untimed runs of each series at the first x, to warm up the JIT. */
  warmup?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SweepProgress) => void;
}

/**
 * `sweep` for experiments whose numbers are not runtimes: each run returns its own readings
 * (every reply's latency, a run's longest pause), and every reading becomes a sample. Runs are
 * interleaved across series, as in `sweep`, so a drift of the machine hits all alike. No reading
 * is dropped: their spread is what the band shows.
 */
export async function collectReadings(options: ReadingsOptions): Promise<Sample[]> {
  const { xs, series, runs } = options;
  const readingsSoFar = new Map<string, number>();
  return sweepLoop(
    { ...options, lines: series, trials: runs, warmupAt: xs[0] as number },
    async ({ line, x, trial: run }) => {
      const start = performance.now();
      const readings = await line.run(x);
      const ms = performance.now() - start;
      const samples = readings.map((reading) => {
        const name = reading.series ?? line.name;
        const key = `${name}\u0000${x}`;
        const trial = readingsSoFar.get(key) ?? 0;
        readingsSoFar.set(key, trial + 1);
        return { ...reading, series: name, x, trial, run };
      });
      return { ms, samples };
    },
  );
}
