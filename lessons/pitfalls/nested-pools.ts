import type { Experiment, WorkerPool } from "../../kit";
import {
  formatMs,
  largestX,
  medianAt,
  ratioWords,
  runtimeChart,
  type Series,
  splitRange,
  sweep,
  trialsParam,
  xsOf,
} from "../../kit";
import helperSource from "../../workers/helper/prime-helper.ts?raw";
import kernelSource from "../../workers/kernels/nested.ts?raw";
import python from "./nested_pools.py?raw";
import experimentSource from "./nested-pools.ts?raw";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/**
 * The primes are counted in [START, START + width): this high up, every number costs about the
 * same to test, so equal ranges are equal work and the only difference is how many threads run.
 */
const START = 100_000_000;
const ranges = (width: number, parts: number) =>
  splitRange(width, parts).map(({ from, to }) => ({ from: START + from, to: START + to }));
const nestedName = (cores: number) => `pool of ${cores}, each task starts its own workers`;
const flatName = (cores: number) => `one pool of ${cores} × k workers`;

// The prediction's choices: the nested tasks at the most k, against the same tasks alone.
const FASTER = "faster than alone";
const ABOUT_THE_SAME = "about the same (within 20 %)";
const SLOWER = "slower than alone";
const compared = (ratio: number) =>
  ratio > 1.2 ? SLOWER : ratio < 1 / 1.2 ? FASTER : ABOUT_THE_SAME;

/**
 * Pitfall: tasks that start workers of their own, so threads outnumber cores. In Python only
 * ProcessPoolExecutor's workers may do this; Pool's are daemonic and may not have children.
 */
export const nestedPools: Experiment<"width" | "maxPerTask" | "trials"> = {
  id: "nested-pools",
  title: "Nested pools: pool tasks that start workers of their own",
  params: {
    width: {
      label: "Numbers to test",
      default: 300_000,
      quick: 30_000,
      min: 10_000,
      max: 1_000_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    maxPerTask: {
      label: "Most workers per task (k)",
      default: 4,
      quick: 4,
      min: 2,
      max: 4,
      step: 2,
      unit: "workers",
      control: "range",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/nested.ts", language: "typescript", code: kernelSource },
    { name: "workers/helper/prime-helper.ts", language: "typescript", code: helperSource },
    { name: "lessons/pitfalls/nested-pools.ts", language: "typescript", code: experimentSource },
  ],
  python,
  // Two helpers per task and fewer numbers: each process here boots its own CPython.
  pythonRun: { fileName: "nested_pools.py", sizes: { WIDTH: 10_000, WORKERS_PER_TASK: 2 } },
  requires: [],
  x: { name: "k", unit: "workers per task" },

  async run({ width, maxPerTask, trials }, { signal, progress, startPool, hardwareConcurrency }) {
    const cores = hardwareConcurrency;
    // k = 1, 2, 4, …: one worker per task is the pool working directly.
    const xs = [1, 2, 4, 8].filter((k) => k <= maxPerTask);
    // Every pool starts before the clock; only the nested workers start inside a task.
    const flatPools = new Map<number, WorkerPool>();
    for (const k of xs) flatPools.set(k, await startPool(cores * k));
    const pool = flatPools.get(1) as WorkerPool;
    const series: Series[] = [
      {
        // One task per pool worker; each splits its range over k workers it starts itself.
        name: nestedName(cores),
        run: async (k) => {
          const tasks = ranges(width, cores).map((range) => ({ ...range, workers: k }));
          return {
            primes: sum(await pool.map("countPrimesNested", tasks, { chunkSize: 1, signal })),
          };
        },
      },
      {
        // The same cores × k threads and the same ranges, all started once, up front.
        name: flatName(cores),
        run: async (k) => {
          const flat = flatPools.get(k) as WorkerPool;
          const tasks = ranges(width, cores * k);
          return { primes: sum(await flat.map("countPrimes", tasks, { chunkSize: 1, signal })) };
        },
      },
    ];
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart(results, Plot) {
    const options = runtimeChart(results, Plot, { x: "log", y: "log" });
    // Ticks at the measured k only: 1, 2, 4 workers, never 1.5.
    return { ...options, x: { ...options.x, ticks: xsOf(results) } };
  },

  expects: {
    claim:
      "With the most workers per task, tasks that start their own workers are slower than the same tasks working alone, beyond the trials' spread.",
    holds(results) {
      const nested = nestedName(results.environment.hardwareConcurrency);
      const k = largestX(results);
      const row = (x: number) => results.summary.find((r) => r.series === nested && r.x === x);
      const [alone, crowded] = [row(1), row(k)];
      if (k === 1 || !alone || !crowded) return null;
      return alone.q95 < crowded.q05;
    },
  },
  prediction: {
    kind: "choice",
    choices: [FASTER, ABOUT_THE_SAME, SLOWER],
    answer(results) {
      const nested = nestedName(results.environment.hardwareConcurrency);
      const direct = medianAt(results, nested, 1);
      const crowded = medianAt(results, nested, largestX(results));
      if (direct === undefined || crowded === undefined) return null;
      return compared(crowded / direct);
    },
  },
  headline(results) {
    const cores = results.environment.hardwareConcurrency;
    const k = largestX(results);
    const direct = medianAt(results, nestedName(cores), 1);
    const nested = medianAt(results, nestedName(cores), k);
    const flat = medianAt(results, flatName(cores), k);
    if (direct === undefined || nested === undefined || flat === undefined) return null;
    return `With ${k} workers per task (${cores * k} threads on ${cores} logical cores), tasks that start their own workers took ${formatMs(nested)} ms, ${ratioWords(nested, direct)} than the same tasks working alone (${formatMs(direct)} ms); ${cores * k} workers started up front took ${formatMs(flat)} ms (medians).`;
  },
};
