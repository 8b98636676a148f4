import type { Experiment, Results, Sample } from "../../kit";
import {
  defaultChunkSize,
  formatMs,
  geometricSizes,
  medianAt,
  pointsOf,
  runtimeChart,
  samplesOf,
  seriesNames,
  sweep,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/add-one.ts?raw";
import python from "./tiny_tasks.py?raw";
import experimentSource from "./tiny-tasks.ts?raw";

const seriesName = (n: number) => `n = ${n.toLocaleString("en")}`;

/**
 * Where the pool shares memory, the largest n runs again on a pool that sends every chunk by
 * message, under its own series: the two ways a chunk can travel, side by side.
 */
const BY_MESSAGE = ", by message";
const isByMessage = (series: string) => series.endsWith(BY_MESSAGE);

/** The largest n's series, as the pool handed it out by itself. */
export function largestSeries(results: Results): string | undefined {
  return seriesNames(results)
    .filter((name) => !isByMessage(name))
    .at(-1);
}

/**
 * For the largest n: its row at chunk size 1 and its row at Python's default chunk size, when
 * both were measured and differ.
 */
function oneAndDefault(results: Results) {
  const largestN = largestSeries(results);
  if (largestN === undefined) return null;
  const one = pointsOf(results, largestN).find((row) => row.x === 1);
  const chosen = defaultRows(results).find((row) => row.series === largestN);
  return one && chosen && chosen.x !== 1 ? { one, chosen } : null;
}

/** The summary rows at Python's default chunk size, one per input size. */
export function defaultRows(results: Results) {
  const cores = results.environment.hardwareConcurrency;
  return results.summary.filter((row) => {
    const n = samplesOf(results, row.series)[0]?.items as number;
    return row.x === defaultChunkSize(n, cores);
  });
}

export const tinyTasks: Experiment<"maxItems" | "trials"> = {
  id: "tiny-tasks",
  title: "Many tiny tasks: runtime against chunk size",
  params: {
    maxItems: {
      label: "Largest n",
      default: 10_000,
      quick: 1_000,
      min: 100,
      max: 100_000,
      step: 1,
      unit: "tasks",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/add-one.ts", language: "typescript", code: kernelSource },
    { name: "lessons/chunk-size/tiny-tasks.ts", language: "typescript", code: experimentSource },
  ],
  task: { source: "workers/kernels/add-one.ts", kernels: ["addOne"] },
  python,
  pythonRun: { fileName: "tiny_tasks.py", sizes: { REPEATS: 1 } },
  requires: [],
  x: { name: "chunk size", unit: "tasks per message" },

  async run({ maxItems, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const task = ctx.task("addOne"); // or the reader's edited version of add-one.ts
    const shared = await startPool(cores); // shared memory wherever the page allows it
    const sizes = geometricSizes(maxItems / 100, maxItems, 3);
    const sweeps = sizes.map((n) => ({ n, name: seriesName(n), byMessage: false }));
    if (shared.dispatch === "shared") {
      // Last, the largest n by message, every chunk copied, as Python's Pool pickles every task.
      const largest = sizes.at(-1) ?? maxItems;
      sweeps.push({ n: largest, name: seriesName(largest) + BY_MESSAGE, byMessage: true });
    }
    const samples: Sample[] = [];
    // One sweep per input size: each has its own range of chunk sizes, from 1 to n.
    for (const [done, { n, name, byMessage }] of sweeps.entries()) {
      const pool = byMessage ? await startPool(cores, { dispatch: "messages" }) : shared;
      const items = Array.from({ length: n }, (_, i) => i);
      const chunkSizes = [
        ...new Set([...geometricSizes(1, n, 7), defaultChunkSize(n, cores)]),
      ].sort((a, b) => a - b);
      const series = [
        {
          name,
          run: async (chunkSize: number) => {
            const results = await pool.map(task, items, { chunkSize, signal });
            return { items: n, last: results.at(-1), dispatch: pool.dispatch };
          },
        },
      ];
      const began = performance.now();
      const later = sweeps.slice(done + 1).reduce((sum, sweep) => sum + sweep.n / n, 0);
      const measured = await sweep({
        xs: chunkSizes,
        series,
        trials,
        signal,
        onProgress: (update) => {
          // Later sizes take about n-times as long as this one (the work is per task).
          const thisSweepMs = performance.now() - began + update.remainingMs;
          progress({
            samples: [...samples, ...update.samples],
            fraction: (done + update.fraction) / sweeps.length,
            remainingMs: update.remainingMs + later * thisSweepMs,
          });
        },
      });
      samples.push(...measured);
    }
    return { samples };
  },

  chart(results, Plot) {
    const base = runtimeChart(results, Plot, { x: "log", y: "log" });
    return {
      ...base,
      ariaLabel:
        "Runtime against chunk size for several numbers of tiny tasks; Python's default chunk size starred",
      marks: [
        ...(base.marks ?? []),
        Plot.dot(defaultRows(results), {
          x: "x",
          y: "q50",
          stroke: "series",
          symbol: "star",
          r: 9,
          strokeWidth: 2,
        }),
        Plot.text(defaultRows(results), {
          x: "x",
          y: "q50",
          text: () => "default",
          dy: -14,
          fillOpacity: 0.8,
        }),
      ],
    };
  },

  prediction: {
    kind: "number",
    unit: "× slower at chunk size 1 than at the best",
    answer(results) {
      const largestN = largestSeries(results);
      if (largestN === undefined) return null;
      const rows = pointsOf(results, largestN);
      const one = rows.find((row) => row.x === 1);
      if (!one) return null;
      return one.q50 / Math.min(...rows.map((row) => row.q50));
    },
  },
  expects: {
    claim:
      "For the largest n, chunk size 1 is slower than Python's default chunk size, beyond the trials' spread.",
    holds(results) {
      const rows = oneAndDefault(results);
      return rows ? rows.chosen.q95 < rows.one.q05 : null;
    },
    tryNext: "raise Largest n, so that a chunk size of 1 sends more messages",
  },
  headline(results) {
    const largestN = largestSeries(results);
    if (largestN === undefined) return null;
    const largest = pointsOf(results, largestN);
    const one = largest.find((row) => row.x === 1);
    const chosen = defaultRows(results).find((row) => row.series === largestN);
    if (!one || !chosen) return null;
    const best = largest.reduce((a, b) => (b.q50 < a.q50 ? b : a), one);
    return `For ${one.series}: ${formatMs(one.q50)} ms at chunk size 1, ${formatMs(best.q50)} ms at the best (${best.x}), ${(one.q50 / best.q50).toFixed(0)}× faster. Python's default, ${chosen.x}, took ${formatMs(chosen.q50)} ms.`;
  },

  notes(results) {
    const largestN = largestSeries(results);
    const byMessage = seriesNames(results).find(isByMessage);
    const dispatch = results.samples.find((sample) => sample.dispatch !== undefined)?.dispatch;
    if (largestN === undefined || dispatch === undefined) return [];
    const label = "How the chunks travelled";
    if (dispatch === "messages") {
      const text =
        "by message: each chunk copied to its worker and its results copied back, as Python's Pool pickles every task through a pipe. This page cannot share memory, so there is no second line.";
      return [{ label, text }];
    }
    const shared = medianAt(results, largestN, 1);
    const copied = byMessage === undefined ? undefined : medianAt(results, byMessage, 1);
    const atOne =
      shared === undefined || copied === undefined
        ? ""
        : ` At chunk size 1: ${formatMs(shared)} ms through shared memory, ${formatMs(copied)} ms by message.`;
    const text = `through shared memory: each worker has a mailbox in a SharedArrayBuffer where chunks of numbers and their results are written in place, as with Python's multiprocessing.shared_memory, Value or Array. The "${BY_MESSAGE.slice(2)}" line is the same map on a pool that copies every chunk both ways, as Python's Pool pickles every task through a pipe.${atOne}`;
    return [{ label, text }];
  },
};
