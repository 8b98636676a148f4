import type { Experiment } from "../../kit";
import {
  fasterBeyondSpread,
  formatMs,
  largestX,
  medianAt,
  ratioWords,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
  xsOf,
} from "../../kit";
import { fibonacci, fibonacciSequence } from "../../workers/kernels/fibonacci";
import kernelSource from "../../workers/kernels/fibonacci.ts?raw";
import python from "./repeated_work.py?raw";
import experimentSource from "./repeated-work.ts?raw";

const REUSE = "one loop, reusing results";
const SERIAL = "each from scratch, page thread";
const poolName = (cores: number) => `each from scratch, pool of ${cores}`;

/** Pitfall 4: parallel work that recomputes what a sequential loop would reuse. */
export const repeatedWork: Experiment<"maxN" | "trials"> = {
  id: "repeated-work",
  title: "The first n Fibonacci numbers: independent tasks against one loop",
  params: {
    maxN: {
      label: "Most numbers",
      default: 32,
      quick: 24,
      min: 10,
      max: 36,
      step: 1,
      unit: "numbers",
      control: "range",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/fibonacci.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/repeated-work.ts", language: "typescript", code: experimentSource },
  ],
  task: {
    source: "workers/kernels/fibonacci.ts",
    kernels: ["fibonacci"],
    pageSeries: [REUSE, SERIAL],
  },
  python,
  pythonRun: { fileName: "repeated_work.py" },
  requires: [],
  x: { name: "n", unit: "numbers" },

  async run({ maxN, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const task = ctx.task("fibonacci"); // or the reader's edited version
    const pool = await startPool(cores);
    // Five sizes, evenly spaced: the cost of the recursive tasks grows about 1.6× per step of n.
    const xs = [
      ...new Set(Array.from({ length: 5 }, (_, i) => Math.round(10 + ((maxN - 10) * i) / 4))),
    ];
    // Largest first, one per message, so the workers share the expensive ones.
    const ks = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);
    const onPage = (series: Series) => (ctx.edited ? [] : [series]);
    const series: Series[] = [
      // Edited code runs only in workers: the page's own series are left out then.
      ...onPage({ name: REUSE, run: (n) => ({ last: fibonacciSequence(n).at(-1) }) }),
      {
        name: poolName(cores),
        run: async (n) => ({
          last: (await pool.map(task, ks(n), { chunkSize: 1, signal }))[0],
        }),
      },
      ...onPage({ name: SERIAL, run: (n) => ({ last: ks(n).map(fibonacci)[0] }) }),
    ];
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "linear", y: "log" }),

  expects: {
    claim:
      "At every n, one loop reusing results finishes sooner than the pool of tasks that start from scratch, beyond the trials' spread.",
    holds(results) {
      const pool = poolName(results.environment.hardwareConcurrency);
      const verdicts = xsOf(results, REUSE).map((n) => fasterBeyondSpread(results, REUSE, pool, n));
      if (verdicts.length === 0 || verdicts.includes(null)) return null;
      return verdicts.every(Boolean);
    },
  },
  prediction: {
    kind: "number",
    unit: "× faster than the same tasks on one thread (the pool, at the largest n)",
    answer(results) {
      const n = largestX(results);
      const pool = medianAt(results, poolName(results.environment.hardwareConcurrency), n);
      const serial = medianAt(results, SERIAL, n);
      return pool === undefined || serial === undefined ? null : serial / pool;
    },
  },
  headline(results) {
    const n = largestX(results);
    const pool = medianAt(results, poolName(results.environment.hardwareConcurrency), n);
    const serial = medianAt(results, SERIAL, n);
    const reuse = medianAt(results, REUSE, n);
    if (pool === undefined || serial === undefined || reuse === undefined) return null;
    return `For the first ${n} Fibonacci numbers, the pool made the wasteful way ${ratioWords(pool, serial)} (${formatMs(pool)} ms against ${formatMs(serial)} ms), yet one loop reusing results took ${formatMs(reuse)} ms: ${ratioWords(reuse, pool).replace("faster", "faster than the pool")} (medians).`;
  },
};
