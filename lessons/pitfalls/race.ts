import type { Experiment, Sample } from "../../kit";
import {
  fieldChart,
  formatCount,
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  medianField,
  type Series,
  samplesOf,
  sweep,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/counter.ts?raw";
import python from "./race.py?raw";
import experimentSource from "./race.ts?raw";

/** The series whose kernel a reader's edit of counter.ts may fix. */
export const TWO_STEPS = "read, then write";
export const ATOMIC = "Atomics.add";

/** Pitfall 6: several workers add to one shared counter. */
export const race: Experiment<"maxTimes" | "trials"> = {
  id: "race",
  title: "A shared counter: read-then-write against Atomics.add",
  params: {
    maxTimes: {
      label: "Most additions per worker",
      default: 1_000_000,
      quick: 100_000,
      min: 10_000,
      max: 10_000_000,
      step: 1,
      unit: "additions",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/counter.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/race.ts", language: "typescript", code: experimentSource },
  ],
  task: {
    source: "workers/kernels/counter.ts",
    kernels: ["incrementReadThenWrite", "incrementAtomic"],
  },
  python,
  pythonRun: { fileName: "race.py" },
  requires: ["sharedMemory"],
  x: { name: "additions per worker", unit: "additions" },

  async run({ maxTimes, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const pool = await startPool(cores);
    const count =
      (kernel: "incrementReadThenWrite" | "incrementAtomic") => async (times: number) => {
        // A fresh counter at 0 for every trial, on memory every worker sees.
        const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
        const tasks = Array.from({ length: cores }, () => ({ counter, times }));
        // The kernel's name, or the reader's edited version of it.
        await pool.map(ctx.task(kernel), tasks, { data: "shared", chunkSize: 1, signal });
        const expected = cores * times;
        const final = Atomics.load(counter, 0);
        return {
          expected,
          final,
          lost: expected - final,
          lostPercent: (100 * (expected - final)) / expected,
        };
      };
    const series: Series[] = [
      { name: TWO_STEPS, run: count("incrementReadThenWrite") },
      { name: ATOMIC, run: count("incrementAtomic") },
    ];
    const xs = geometricSizes(10_000, maxTimes, 3);
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart: (results, Plot) =>
    fieldChart(results, Plot, { field: "lostPercent", label: "additions lost (%)" }),

  expects: {
    claim:
      "At the most additions, read-then-write loses some additions, and Atomics.add loses none.",
    holds(results) {
      const times = largestX(results);
      const twoSteps = samplesOf(results, TWO_STEPS, times);
      const atomic = samplesOf(results, ATOMIC);
      if (twoSteps.length === 0 || atomic.length === 0) return null;
      const lost = (sample: Sample) => Number(sample.lost);
      return twoSteps.some((sample) => lost(sample) > 0) && atomic.every((s) => lost(s) === 0);
    },
    cores: 2,
    tryNext: "raise Most additions per worker, so the workers' runs overlap for longer",
  },
  prediction: {
    kind: "number",
    unit: "additions lost by read-then-write (at the most additions)",
    answer: (results) => medianField(results, TWO_STEPS, largestX(results), "lost") ?? null,
  },
  headline(results) {
    const times = largestX(results);
    const cores = results.environment.hardwareConcurrency;
    const lost = medianField(results, TWO_STEPS, times, "lost");
    const atomicLost = medianField(results, ATOMIC, times, "lost");
    const twoStepsMs = medianAt(results, TWO_STEPS, times);
    const atomicMs = medianAt(results, ATOMIC, times);
    if (lost === undefined || atomicLost === undefined) return null;
    if (twoStepsMs === undefined || atomicMs === undefined) return null;
    const expected = formatCount(cores * times);
    const twoSteps =
      lost > 0
        ? `read-then-write lost ${formatCount(lost)} of ${expected} additions`
        : `read-then-write lost none of ${expected} additions in this run`;
    return `With ${cores} workers adding ${times.toLocaleString("en")} times each, ${twoSteps}; Atomics.add lost ${formatCount(atomicLost)}. Time: ${formatMs(twoStepsMs)} ms read-then-write, ${formatMs(atomicMs)} ms with Atomics (medians).`;
  },
};
