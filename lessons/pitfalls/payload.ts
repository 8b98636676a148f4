import type { Experiment, Note } from "../../kit";
import {
  fasterBeyondSpread,
  formatMs,
  keptSamples,
  largestX,
  medianAt,
  ratioWords,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/payload.ts?raw";
import python from "./payload.py?raw";
import experimentSource from "./payload.ts?raw";
import { FLOATS_PER_MIB, makePayloads } from "./payload-inputs";
import inputsSource from "./payload-inputs.ts?raw";

const SEED = 20_240_501;
const COPY = "copy";
const TRANSFER = "transfer";
const SHARED = "share (SharedArrayBuffer)";
const RECIPE = "send a recipe";

/** Pitfall 3: moving a big array to a worker, four ways. */
export const payload: Experiment<"maxMiB" | "trials"> = {
  id: "payload",
  title: "Sending big data to a worker: copy, transfer, share, or a recipe",
  params: {
    maxMiB: {
      label: "Largest payload",
      default: 32,
      quick: 4,
      min: 1,
      max: 128,
      step: 1,
      unit: "MiB",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/payload.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/payload.ts", language: "typescript", code: experimentSource },
    { name: "lessons/pitfalls/payload-inputs.ts", language: "typescript", code: inputsSource },
  ],
  task: {
    source: "workers/kernels/payload.ts",
    kernels: ["checksum", "checksumAndReturn", "checksumFromRecipe"],
  },
  python,
  requires: ["sharedMemory"],
  x: { name: "payload", unit: "MiB" },

  // Every size twice on the page (its own memory and shared), so about 4× the largest, plus
  // the worker's copy and its recipe-made array of the largest.
  memoryBytes: ({ maxMiB }) => 6 * maxMiB * 2 ** 20,

  async run({ maxMiB, trials }, ctx) {
    const { signal, progress, startPool } = ctx;
    // The kernels' names, or the reader's edited version of payload.ts.
    const checksum = ctx.task("checksum");
    const checksumAndReturn = ctx.task("checksumAndReturn");
    const checksumFromRecipe = ctx.task("checksumFromRecipe");
    const worker = await startPool(1);
    // 1/4 MiB, 1/2 MiB, … doubling up to the largest payload.
    const xs: number[] = [];
    for (let mib = 0.25; mib <= maxMiB; mib *= 2) xs.push(mib);
    // The data exists before the clock starts, on the page's own memory and shared.
    const { local, shared } = makePayloads(xs, SEED);
    const at = (arrays: Map<number, Float64Array>, mib: number) => arrays.get(mib) as Float64Array;

    const series: Series[] = [
      {
        name: COPY,
        run: async (mib) => {
          const values = at(local, mib);
          const reply = worker.apply(checksum, { values }, { signal });
          // A copy leaves the page's array as it was.
          const leftOnPage = values.byteLength;
          return { sum: await reply, leftOnPage };
        },
      },
      {
        name: TRANSFER,
        run: async (mib) => {
          const values = at(local, mib);
          const reply = worker.apply(checksumAndReturn, { values }, { data: "transfer", signal });
          // Transferring detaches the buffer here: the page's array is now empty.
          const leftOnPage = values.byteLength;
          // The worker transfers it back, so the next trial (and the copy series) has it again.
          const { sum, values: back } = await reply;
          local.set(mib, back);
          return { sum, leftOnPage };
        },
      },
      {
        name: SHARED,
        run: async (mib) => {
          const values = at(shared, mib);
          const reply = worker.apply(checksum, { values }, { data: "shared", signal });
          return { sum: await reply, leftOnPage: values.byteLength };
        },
      },
      {
        name: RECIPE,
        // Two numbers travel; the worker makes the same data from them.
        run: async (mib) => ({
          sum: await worker.apply(
            checksumFromRecipe,
            { seed: SEED, length: mib * FLOATS_PER_MIB },
            { signal },
          ),
        }),
      },
    ];
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  expects: {
    claim:
      "At the largest payload, a copy takes longer than sharing the same array, beyond the trials' spread.",
    holds: (results) => fasterBeyondSpread(results, SHARED, COPY, largestX(results)),
    tryNext: "raise Largest payload: a copy grows with the bytes, sharing does not",
  },
  prediction: {
    kind: "number",
    unit: "× slower than sharing (a copy, at the largest payload)",
    answer(results) {
      const mib = largestX(results);
      const copy = medianAt(results, COPY, mib);
      const shared = medianAt(results, SHARED, mib);
      return copy === undefined || shared === undefined ? null : copy / shared;
    },
  },
  headline(results) {
    const mib = largestX(results);
    const copy = medianAt(results, COPY, mib);
    if (copy === undefined) return null;
    const others = [TRANSFER, SHARED, RECIPE]
      .map((name) => {
        const ms = medianAt(results, name, mib);
        return ms === undefined ? null : `${name} ${formatMs(ms)} ms (${ratioWords(ms, copy)})`;
      })
      .filter((part) => part !== null)
      .join(", ");
    return `At ${mib} MiB a copy took ${formatMs(copy)} ms; ${others} (medians).`;
  },

  notes(results) {
    const mib = largestX(results);
    const leftAfter = (series: string): Note | null => {
      const sample = keptSamples(results).find((s) => s.series === series && s.x === mib);
      if (typeof sample?.leftOnPage !== "number") return null;
      return {
        label: `After sending, with ${series}`,
        text: `the page's array held ${sample.leftOnPage.toLocaleString("en")} of ${(mib * 1024 * 1024).toLocaleString("en")} bytes.`,
      };
    };
    return [COPY, TRANSFER, SHARED].map(leftAfter).filter((note) => note !== null);
  },
};
