import type { Experiment } from "../../kit";
import {
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
  WorkerPool,
} from "../../kit";
import kernelSource from "../../workers/kernels/square.ts?raw";
import python from "./reuse_pool.py?raw";
import experimentSource from "./reuse-pool.ts?raw";

// What `with Pool() as pool:` inside a loop does, against one pool made before the loop (which
// joblib's default loky backend does on its own: its workers outlive each Parallel call).
export const FRESH = "new pool per call";
export const REUSED = "one pool, reused";

export const reusePool: Experiment<"maxCalls" | "trials"> = {
  id: "reuse-pool",
  title: "A new pool per batch, or one pool kept open",
  params: {
    maxCalls: {
      label: "Most calls",
      default: 16,
      quick: 4,
      min: 2,
      max: 64,
      step: 1,
      unit: "calls",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/square.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pools/reuse-pool.ts", language: "typescript", code: experimentSource },
  ],
  task: { source: "workers/kernels/square.ts", kernels: ["square"] },
  python,
  pythonRun: { fileName: "reuse_pool.py", sizes: { CALLS: 3 } },
  requires: [],
  x: { name: "calls", unit: "calls" },

  async run({ maxCalls, trials }, ctx) {
    const { signal, progress, hardwareConcurrency: cores } = ctx;
    const task = ctx.task("square"); // or the reader's edited version of square.ts
    // Each call squares a few numbers: the work is nothing, so what is left is the pool's cost.
    const items = Array.from({ length: 2 * cores }, (_, i) => i);
    const call = (pool: WorkerPool) => pool.map(task, items, { signal });
    // Both series start their pools inside the timing, as `Pool()` in the Python twin does.
    const withPool = async <T>(work: (pool: WorkerPool) => Promise<T>): Promise<T> => {
      const pool = await WorkerPool.start(cores);
      try {
        return await work(pool);
      } finally {
        pool.terminate();
      }
    };
    const series: Series[] = [
      {
        name: FRESH,
        run: async (calls) => {
          let results: number[] = [];
          for (let i = 0; i < calls; i++) results = await withPool(call);
          return { last: results.at(-1) };
        },
      },
      {
        name: REUSED,
        run: (calls) =>
          withPool(async (pool) => {
            let results: number[] = [];
            for (let i = 0; i < calls; i++) results = await call(pool);
            return { last: results.at(-1) };
          }),
      },
    ];
    const xs = geometricSizes(1, maxCalls, 5);
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  prediction: {
    kind: "number",
    unit: "× longer with a new pool per call",
    answer(results) {
      const largest = largestX(results);
      const fresh = medianAt(results, FRESH, largest);
      const reused = medianAt(results, REUSED, largest);
      return fresh === undefined || reused === undefined ? null : fresh / reused;
    },
  },
  expects: {
    claim: "At the most calls, one reused pool finishes sooner than a new pool per call (medians).",
    holds(results) {
      const largest = largestX(results);
      const fresh = medianAt(results, FRESH, largest);
      const reused = medianAt(results, REUSED, largest);
      return fresh === undefined || reused === undefined ? null : reused < fresh;
    },
  },
  headline(results) {
    const largest = largestX(results);
    const fresh = medianAt(results, FRESH, largest);
    const reused = medianAt(results, REUSED, largest);
    if (fresh === undefined || reused === undefined) return null;
    return `${largest} calls took ${formatMs(fresh)} ms with a new pool each time and ${formatMs(reused)} ms with one pool: ${(fresh / reused).toFixed(1)}× longer, almost all of it starting and stopping workers. A pool made inside the loop pays that on every pass; joblib's default (loky) backend keeps its workers between calls.`;
  },
};
