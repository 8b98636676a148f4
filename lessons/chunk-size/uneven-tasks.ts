import type { Experiment } from "../../kit";
import {
  busiestShare,
  type ChunkRecord,
  defaultChunkSize,
  formatMs,
  idleShare,
  keptSamples,
  median,
  medianAt,
  runtimeChart,
  sweep,
  timelineEvents,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/primes.ts?raw";
import python from "./uneven_tasks.py?raw";
import experimentSource from "./uneven-tasks.ts?raw";

/** The tasks, and the chunk sizes tried: from one task per message to all of them in one. */
export const TASKS = 64;
const CHUNK_SIZES = [1, 2, 4, 8, 16, 32, 64];
export const poolName = (cores: number) => `pool of ${cores}`;

export const unevenTasks: Experiment<"unit" | "trials"> = {
  id: "uneven-tasks",
  title: "Uneven tasks: big chunks leave a worker alone at the end",
  params: {
    unit: {
      label: "Numbers per unit of work",
      default: 1_000,
      quick: 100,
      min: 10,
      max: 5_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "lessons/chunk-size/uneven-tasks.ts", language: "typescript", code: experimentSource },
    { name: "workers/kernels/primes.ts", language: "typescript", code: kernelSource },
  ],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  python,
  pythonRun: { fileName: "uneven_tasks.py", sizes: { UNIT: 20 } },
  requires: [],
  x: { name: "chunk size", unit: "tasks per message" },

  async run({ unit, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const countPrimes = ctx.task("countPrimes"); // or the reader's edited version
    const pool = await startPool(cores);
    // Task i costs i + 1 units: the heavy tasks are all at the end, as in a sorted input.
    const tasks = Array.from({ length: TASKS }, (_, i) => ({
      from: 1_000_000,
      to: 1_000_000 + unit * (i + 1),
    }));
    const lastRun = new Map<number, { began: number; chunks: ChunkRecord[] }>();
    const series = [
      {
        name: poolName(cores),
        run: async (chunkSize: number) => {
          const run = { began: performance.now(), chunks: [] as ChunkRecord[] };
          lastRun.set(chunkSize, run);
          await pool.map(countPrimes, tasks, {
            chunkSize,
            signal,
            onChunk: (r) => run.chunks.push(r),
          });
          return { idle: idleShare(run.chunks, cores), busiestShare: busiestShare(run.chunks) };
        },
      },
    ];
    const samples = await sweep({ xs: CHUNK_SIZES, series, trials, signal, onProgress: progress });
    // The timeline of one chunk per worker: the split that looks fair and is not.
    const shown = lastRun.get(Math.ceil(TASKS / cores)) ?? { began: 0, chunks: [] };
    return { samples, timeline: timelineEvents(shown.chunks, shown.began) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "linear" }),

  prediction: {
    kind: "number",
    unit: "% of the time idle, with one chunk per worker",
    answer(results) {
      const halves = Math.ceil(TASKS / results.environment.hardwareConcurrency);
      const idle = median(
        keptSamples(results)
          .filter((sample) => sample.x === halves && typeof sample.idle === "number")
          .map((sample) => sample.idle as number),
      );
      return idle === undefined ? null : Math.round(idle * 100);
    },
  },
  expects: {
    claim: "One chunk per worker is slower than Python's default chunk size (medians).",
    holds(results) {
      const cores = results.environment.hardwareConcurrency;
      const split = medianAt(results, poolName(cores), Math.ceil(TASKS / cores));
      const chosen = medianAt(results, poolName(cores), defaultChunkSize(TASKS, cores));
      return split === undefined || chosen === undefined ? null : chosen < split;
    },
    cores: 2,
    tryNext: "raise Numbers per unit of work, so that the imbalance outweighs the messages",
  },
  headline(results) {
    const cores = results.environment.hardwareConcurrency;
    const mean = (x: number, field: string) => {
      const values = keptSamples(results)
        .filter((s) => s.x === x)
        .map((s) => s[field] as number);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const percent = (x: number, field: string) => `${Math.round(mean(x, field) * 100)} %`;
    const describe = (x: number) => {
      const ms = medianAt(results, poolName(cores), x);
      if (ms === undefined) return null;
      return `${formatMs(ms)} ms, the busiest worker did ${percent(x, "busiestShare")} of the work, workers idle ${percent(x, "idle")} of the time`;
    };
    const halves = Math.ceil(TASKS / cores);
    const fallback = defaultChunkSize(TASKS, cores);
    const [split, chosen, one] = [describe(halves), describe(fallback), describe(1)];
    if (!split || !chosen || !one) return null;
    return `One chunk per worker (${halves} tasks each): ${split}. Python's default (${fallback}): ${chosen}. Chunk size 1: ${one}.`;
  },

  timelineTitle(results) {
    const cores = results.environment.hardwareConcurrency;
    return `The last run with one chunk per worker (${Math.ceil(TASKS / cores)} tasks each): the worker with the heavy end of the list finishes alone.`;
  },
};
