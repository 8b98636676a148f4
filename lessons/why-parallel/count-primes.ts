import type { Experiment } from "../../kit";
import {
  type ChunkRecord,
  defaultChunkSize,
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  runtimeChart,
  type Series,
  splitRange,
  sweep,
  timelineEvents,
  trialsParam,
} from "../../kit";
import { countPrimes as countPrimesInRange } from "../../workers/kernels/primes";
import kernelSource from "../../workers/kernels/primes.ts?raw";
import python from "./count_primes.py?raw";
import experimentSource from "./count-primes.ts?raw";

const SIZES = 6;
/** n for Run Python: CPython in WebAssembly counts ~50× slower than the page's JavaScript. */
const PYTHON_N = 200_000;
const MAIN_THREAD = "main thread";
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Primes below n, three ways: the page's own thread, one worker, a pool of one per core. */
export const countPrimes: Experiment<"maxN" | "trials"> = {
  id: "count-primes",
  title: "Counting primes: the page's thread, one worker, a pool",
  params: {
    maxN: {
      label: "Largest n",
      default: 2_000_000,
      quick: 100_000,
      min: 100_000,
      max: 10_000_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/primes.ts", language: "typescript", code: kernelSource },
    {
      name: "lessons/why-parallel/count-primes.ts",
      language: "typescript",
      code: experimentSource,
    },
  ],
  task: {
    source: "workers/kernels/primes.ts",
    kernels: ["countPrimes"],
    pageSeries: [MAIN_THREAD],
  },
  python,
  pythonRun: {
    fileName: "count_primes.py",
    sizes: { n: PYTHON_N },
    // "   1 process: 17984 primes in 2114 ms"
    measures: { line: /^\s*(?<label>.+?): \d+ primes in (?<ms>\d+) ms$/, x: PYTHON_N },
  },
  requires: [],
  freezesPage:
    "On purpose, the first series runs on this page's own thread: the page stops responding while it counts, for up to a few tenths of a second at the largest n.",
  x: { name: "n", unit: "numbers" },

  async run({ maxN, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    // The kernel's name, or the reader's edited version of primes.ts.
    const task = ctx.task("countPrimes");
    // Pools start before the clock, as `with Pool(...)` does before the timed `map`.
    const [oneWorker, pool] = await Promise.all([startPool(1), startPool(cores)]);
    // The chunks of the pool's latest run: after the sweep, its last trial at the largest n.
    let lastRun = { began: 0, chunks: [] as ChunkRecord[] };
    const mainThread: Series = {
      name: MAIN_THREAD,
      run: (n) => ({ primes: countPrimesInRange({ from: 0, to: n }) }),
    };
    const series: Series[] = [
      // Edited code runs only in workers, never on the page's thread.
      ...(ctx.edited ? [] : [mainThread]),
      {
        name: "1 worker",
        run: async (n) => ({
          primes: sum(await oneWorker.map(task, [{ from: 0, to: n }], { signal })),
        }),
      },
      {
        name: poolName(cores),
        // Four ranges per worker: larger numbers cost more to test, so equal ranges are not
        // equal work, and spare chunks let an early finisher take more.
        run: async (n) => {
          lastRun = { began: performance.now(), chunks: [] };
          const onChunk = (record: ChunkRecord) => lastRun.chunks.push(record);
          const ranges = splitRange(n, 4 * cores);
          return { primes: sum(await pool.map(task, ranges, { signal, onChunk })) };
        },
      },
    ];
    const xs = geometricSizes(10_000, maxN, SIZES);
    const samples = await sweep({ xs, series, trials, signal, onProgress: progress });
    return { samples, timeline: timelineEvents(lastRun.chunks, lastRun.began) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  expects: {
    claim: "At the largest n, the pool finishes sooner than one worker (medians).",
    holds(results) {
      const largest = largestX(results);
      const one = medianAt(results, "1 worker", largest);
      const many = medianAt(results, poolName(results.environment.hardwareConcurrency), largest);
      return one === undefined || many === undefined ? null : many < one;
    },
    cores: 2,
    tryNext: "raise Largest n, so each worker's share outweighs sending it",
  },
  prediction: {
    kind: "number",
    unit: "× faster than one worker",
    answer(results) {
      const largest = largestX(results);
      const one = medianAt(results, "1 worker", largest);
      const many = medianAt(results, poolName(results.environment.hardwareConcurrency), largest);
      return one === undefined || many === undefined ? null : one / many;
    },
  },
  headline(results) {
    const cores = results.environment.hardwareConcurrency;
    const largest = largestX(results);
    const one = medianAt(results, "1 worker", largest);
    const many = medianAt(results, poolName(cores), largest);
    if (one === undefined || many === undefined) return null;
    return `At n = ${largest.toLocaleString("en")}, the ${poolName(cores)} took ${formatMs(many)} ms and one worker ${formatMs(one)} ms (medians): ${describeRatio(one / many)}.`;
  },

  timelineTitle(results) {
    const cores = results.environment.hardwareConcurrency;
    const largest = largestX(results);
    const ranges = 4 * cores;
    const chunkSize = defaultChunkSize(ranges, cores);
    return `Inside the ${poolName(cores)}: its last run at n = ${largest.toLocaleString("en")}, one lane per worker. The ${ranges} ranges went out ${chunkSize} per message: Python's default chunk size, ceil(${ranges} / (4 × ${cores})).`;
  },
};

export function poolName(cores: number): string {
  return `pool of ${cores}`;
}

function describeRatio(speedup: number): string {
  return speedup >= 1
    ? `the pool was ${speedup.toFixed(2)}× faster`
    : `the pool was ${(1 / speedup).toFixed(2)}× slower`;
}
