import type { Experiment, Input, KernelTask, Note, Results } from "../../kit";
import {
  compileWasm,
  fieldChart,
  formatMs,
  geometricSizes,
  largestX,
  medianField,
  type Series,
  samplesOf,
  sweep,
  timedPoolPass,
  trialsParam,
} from "../../kit";
import jsKernelSource from "../../workers/kernels/pi.ts?raw";
import wasmKernelSource from "../../workers/wasm/pi.ts?raw";
import python from "./monte_carlo.py?raw";
import experimentSource from "./monte-carlo.ts?raw";
import { PI_SERIES } from "./pi-series";

const SEED = 20_260_622;

/** Monte Carlo π over the same seeded points three ways, in one pool worker. */
export const monteCarlo: Experiment<"maxSamples" | "trials"> = {
  id: "monte-carlo",
  title: "Monte Carlo π: a JS loop, WASM scalar, WASM SIMD",
  params: {
    maxSamples: {
      label: "Most points",
      default: 10_000_000,
      quick: 100_000,
      min: 10_000,
      max: 100_000_000,
      step: 1,
      unit: "points",
      control: "number",
    },
    trials: trialsParam(5),
  },
  sources: [
    { name: "workers/kernels/pi.ts", language: "typescript", code: jsKernelSource },
    { name: "workers/wasm/pi.ts (AssemblyScript)", language: "typescript", code: wasmKernelSource },
    {
      name: "lessons/vectorization/monte-carlo.ts",
      language: "typescript",
      code: experimentSource,
    },
  ],
  task: {
    source: "workers/kernels/pi.ts",
    kernels: ["piHits"],
    note: "The WebAssembly ways are AssemblyScript compiled when the site is built; the page cannot recompile them, so they keep running the original. An edited JS loop that counts other hits shows in the hit-count note.",
  },
  python,
  requires: ["wasmSimd"],
  x: { name: "sample size", unit: "points" },

  async run({ maxSamples, trials }, { signal, progress, startPool, task }) {
    // Two sizes per factor of ten, from 10,000 points.
    const count = Math.max(2, Math.round(2 * Math.log10(maxSamples / 10_000)) + 1);
    const xs = geometricSizes(10_000, maxSamples, count);
    // The worker starts, and the page compiles the module, before the clock.
    const [pool, wasm] = await Promise.all([startPool(1), compileWasm("pi")]);
    // Nothing large travels: a task is a seed and a count (and the compiled module).
    const runOnce = async <T extends KernelTask<"piHits"> | "piHitsWasm">(
      kernel: T,
      input: Input<T>,
    ) => {
      const { results, kernelMs } = await timedPoolPass(pool, kernel, [input], signal, "copy");
      return { hits: results[0], kernelMs };
    };
    const piHits = task("piHits"); // or the reader's edited version
    const series: Series[] = [
      { name: PI_SERIES.js, run: (samples) => runOnce(piHits, { seed: SEED, samples }) },
      ...([false, true] as const).map((simd) => ({
        name: simd ? PI_SERIES.simd : PI_SERIES.scalar,
        run: (samples: number) => runOnce("piHitsWasm", { wasm, simd, seed: SEED, samples }),
      })),
    ];
    // An untimed run first, so the JS loop is compiled and the worker has its instance.
    const samples = await sweep({ xs, series, trials, warmup: 1, signal, onProgress: progress });
    return { samples };
  },

  // Each run as the worker timed it, without the message to the worker and back.
  chart: (results, Plot) =>
    fieldChart(results, Plot, {
      field: "kernelMs",
      label: "time per run (ms)",
      x: "log",
      y: "log",
    }),

  notes: (results) => [hitsNote(results), ...runTimes(results)],

  expects: {
    claim:
      "At the most points, WASM SIMD counts at least twice as fast as WASM scalar: most of its four lanes pay (medians of the worker's times).",
    holds(results) {
      const speedup = simdOverScalar(results);
      return speedup === null ? null : speedup >= 2;
    },
    tryNext: "raise Most points, so that each run lasts longer than the machine's hiccups",
  },
  prediction: {
    kind: "number",
    unit: "× faster (WASM SIMD than WASM scalar, at the most points)",
    answer: simdOverScalar,
  },
  headline(results) {
    const points = largestX(results);
    const time = (name: string) => medianField(results, name, points, "kernelMs");
    const [js, scalar, simd] = [time(PI_SERIES.js), time(PI_SERIES.scalar), time(PI_SERIES.simd)];
    const hits = results.samples.find((s) => s.x === points)?.hits;
    if (js === undefined || scalar === undefined || simd === undefined) return null;
    if (typeof hits !== "number") return null;
    return `At ${points.toLocaleString("en")} points, WASM SIMD took ${formatMs(simd)} ms, ${(scalar / simd).toFixed(1)}× faster than WASM scalar (${formatMs(scalar)} ms) and ${(js / simd).toFixed(1)}× faster than the JS loop (${formatMs(js)} ms). π ≈ ${((4 * hits) / points).toFixed(4)}.`;
  },
};

/** How many times faster WASM SIMD ran than WASM scalar at the most points, in the worker. */
function simdOverScalar(results: Results): number | null {
  const points = largestX(results);
  const scalar = medianField(results, PI_SERIES.scalar, points, "kernelMs");
  const simd = medianField(results, PI_SERIES.simd, points, "kernelMs");
  return scalar === undefined || !simd ? null : scalar / simd;
}

/** Per series at the largest size: the run's time. */
function runTimes(results: Results): Note[] {
  const points = largestX(results);
  return Object.values(PI_SERIES).flatMap((name) => {
    const ms = medianField(results, name, points, "kernelMs");
    if (ms === undefined) return [];
    return [
      { label: name, text: `${formatMs(ms)} ms per run at ${points.toLocaleString("en")} points.` },
    ];
  });
}

/** Whether every way counted exactly the JS loop's hits, at every size: they draw the same points. */
function hitsNote(results: Results): Note {
  const reference = new Map<number, unknown>();
  for (const sample of samplesOf(results, PI_SERIES.js)) reference.set(sample.x, sample.hits);
  const wrong = results.samples.filter((sample) => sample.hits !== reference.get(sample.x));
  const sizesBySeries = new Map<string, Set<string>>();
  for (const { series, x } of wrong) {
    const sizes = sizesBySeries.get(series) ?? new Set<string>();
    sizesBySeries.set(series, sizes.add(x.toLocaleString("en")));
  }
  const text =
    wrong.length === 0
      ? "every way counted exactly the same hits as the JS loop, at every size."
      : `other hits than the JS loop: ${[...sizesBySeries]
          .map(([series, sizes]) => `${series} at ${[...sizes].join(", ")} points`)
          .join("; ")}.`;
  return { label: "Hit counts", text };
}
