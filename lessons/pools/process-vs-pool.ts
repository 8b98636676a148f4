import type { Experiment, Note } from "../../kit";
import {
  formatMs,
  geometricSizes,
  largestX,
  median,
  medianAt,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
  WorkerPool,
  xsOf,
} from "../../kit";
import kernelSource from "../../workers/kernels/primes.ts?raw";
import python from "./process_vs_pool.py?raw";
import experimentSource from "./process-vs-pool.ts?raw";

/** One task: the primes below 20,000, about half a millisecond of work. */
const TASK = { from: 0, to: 20_000 };
const NEW_WORKERS = "new worker per task";
const reusedPool = (cores: number) => `pool of ${cores}, reused`;

/** Starts `count` single-worker pools at once; if any fails, terminates the rest. */
async function startWorkers(count: number): Promise<WorkerPool[]> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => WorkerPool.start(1)),
  );
  const pools = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failure = started.find((s) => s.status === "rejected");
  if (failure) {
    for (const pool of pools) pool.terminate();
    throw failure.reason;
  }
  return pools;
}

export const processVsPool: Experiment<"maxTasks" | "trials"> = {
  id: "process-vs-pool",
  title: "A new worker per task, or a pool that reuses its workers",
  params: {
    maxTasks: {
      label: "Most tasks",
      default: 32,
      quick: 8,
      min: 4,
      max: 64,
      step: 1,
      unit: "tasks",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "lessons/pools/process-vs-pool.ts", language: "typescript", code: experimentSource },
    { name: "workers/kernels/primes.ts", language: "typescript", code: kernelSource },
  ],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  python,
  pythonRun: {
    fileName: "process_vs_pool.py",
    sizes: { MOST_TASKS: 8 },
    // "  4 tasks:    812 ms new processes,    40 ms pool"
    measures: {
      line: [
        /^\s*(?<x>\d+) tasks:\s+(?<ms>\d+) ms (?<label>new processes)/,
        /^\s*(?<x>\d+) tasks:.*,\s+(?<ms>\d+) ms (?<label>pool)$/,
      ],
    },
  },
  requires: [],
  x: { name: "tasks", unit: "tasks" },

  async run({ maxTasks, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const countPrimes = ctx.task("countPrimes"); // or the reader's edited version
    const pool = await startPool(cores);
    const series: Series[] = [
      {
        name: NEW_WORKERS,
        // Like `Process(target=task).start()` for every task: each worker is created, loads its
        // code, runs one task and is thrown away. The start is inside the timing: it is the point.
        run: async (tasks) => {
          const workers = await startWorkers(tasks);
          try {
            await Promise.all(workers.map((worker) => worker.apply(countPrimes, TASK, { signal })));
          } finally {
            for (const worker of workers) worker.terminate();
          }
          return { workerStartMs: median(workers.map((worker) => worker.startupMs)) };
        },
      },
      {
        name: reusedPool(cores),
        run: async (tasks) => {
          await pool.map(
            countPrimes,
            Array.from({ length: tasks }, () => TASK),
            { signal },
          );
          // How this pool hands chunks to its workers: by message, or through shared memory.
          return { dispatch: pool.dispatch };
        },
      },
    ];
    const xs = geometricSizes(4, maxTasks, 4);
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart(results, Plot) {
    const options = runtimeChart(results, Plot, { x: "log", y: "log" });
    // Ticks at the measured task counts only: 4, 8, 16, never 4.2.
    return { ...options, x: { ...options.x, ticks: xsOf(results) } };
  },

  prediction: {
    kind: "number",
    unit: "× longer with a new worker per task",
    answer(results) {
      const largest = largestX(results);
      const fresh = medianAt(results, NEW_WORKERS, largest);
      const pooled = medianAt(
        results,
        reusedPool(results.environment.hardwareConcurrency),
        largest,
      );
      return fresh === undefined || pooled === undefined ? null : fresh / pooled;
    },
  },
  expects: {
    claim:
      "At the most tasks, the reused pool finishes sooner than a new worker per task (medians).",
    holds(results) {
      const largest = largestX(results);
      const fresh = medianAt(results, NEW_WORKERS, largest);
      const pooled = medianAt(
        results,
        reusedPool(results.environment.hardwareConcurrency),
        largest,
      );
      return fresh === undefined || pooled === undefined ? null : pooled < fresh;
    },
  },
  headline(results) {
    const workerStartMs = median(
      results.samples
        .map((sample) => sample.workerStartMs)
        .filter((ms): ms is number => typeof ms === "number"),
    );
    const largest = largestX(results);
    const fresh = medianAt(results, NEW_WORKERS, largest);
    const pooled = medianAt(results, reusedPool(results.environment.hardwareConcurrency), largest);
    if (workerStartMs === undefined || fresh === undefined || pooled === undefined) return null;
    return `Starting a worker took ${formatMs(workerStartMs)} ms (median). ${largest} tasks took ${formatMs(fresh)} ms with a new worker each and ${formatMs(pooled)} ms on the reused pool: ${(fresh / pooled).toFixed(1)}× longer.`;
  },

  notes(results) {
    const dispatch = results.samples.find((sample) => sample.dispatch !== undefined)?.dispatch;
    if (dispatch !== "shared" && dispatch !== "messages") return [];
    const note: Note = {
      label: "How the pool handed over tasks",
      text:
        dispatch === "shared"
          ? "through shared memory: each worker has a mailbox in a SharedArrayBuffer, where chunks of numbers and their results are written in place (Python: multiprocessing.shared_memory, Value, Array); anything else, such as these ranges, still goes by message."
          : "by message: each chunk is copied to its worker and its results copied back (Python's Pool pickles every task through a pipe). This page cannot share memory.",
    };
    return [note];
  },
};
