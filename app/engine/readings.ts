import { estimateRemainingMs, type Planned, type Timed } from "./eta";
import { type SweepProgress, settle } from "./measure";
import type { Sample } from "./results";

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
  const { xs, series, runs, warmup = 1, signal, onProgress } = options;
  for (const line of series) {
    for (let i = 0; i < warmup; i++) {
      signal?.throwIfAborted();
      await line.run(xs[0] as number);
      await settle();
    }
  }
  const plan: Planned[] = xs.flatMap((x) =>
    Array.from({ length: runs }, () => series.map((line) => ({ series: line.name, x }))).flat(),
  );
  const samples: Sample[] = [];
  const timed: Timed[] = [];
  let finished: Sample[] = [];
  const readingsSoFar = new Map<string, number>();
  const report = () =>
    onProgress?.({
      samples: finished,
      fraction: timed.length / plan.length,
      remainingMs: estimateRemainingMs(timed, plan.slice(timed.length)),
    });
  for (const x of xs) {
    for (let run = 0; run < runs; run++) {
      for (const line of series) {
        signal?.throwIfAborted();
        const start = performance.now();
        const readings = await line.run(x);
        timed.push({ series: line.name, x, ms: performance.now() - start });
        for (const reading of readings) {
          const series = reading.series ?? line.name;
          const key = `${series}\u0000${x}`;
          const trial = readingsSoFar.get(key) ?? 0;
          readingsSoFar.set(key, trial + 1);
          samples.push({ ...reading, series, x, trial, run });
        }
        report();
        await settle();
      }
    }
    finished = samples.map((sample) => ({ ...sample }));
    report();
  }
  return samples;
}
