import type { Experiment, MatmulVariant, Note, Results } from "../../kit";
import {
  fieldChart,
  formatMs,
  geometricSizes,
  largestX,
  MatmulWorker,
  medianField,
  prepareMatmulThreads,
  type Series,
  samplesOf,
  seriesNames,
  sweep,
  trialsParam,
} from "../../kit";
import jsKernelSource from "../../workers/kernels/matmul.ts?raw";
import { seededFloats } from "../../workers/kernels/seeded";
import threadsKernelSource from "../../workers/kernels/wasm-threads.ts?raw";
import workerSource from "../../workers/vectorize/matmul-worker.ts?raw";
import wasmKernelSource from "../../workers/wasm/matmul.ts?raw";
import { checkProduct } from "./check";
import checkSource from "./check.ts?raw";
import python from "./matmul.py?raw";
import experimentSource from "./matmul.ts?raw";
import { gflops, MATMUL_SERIES, matmulThreadsName } from "./matmul-series";

const SEED = 20_260_612;

/** C = A·B of N×N float32 matrices: a JS loop, WebAssembly naive and blocked SIMD, one worker. */
export const matmul: Experiment<"maxN" | "trials"> = {
  id: "matmul",
  title: "Matrix multiply C = A·B: the same arithmetic, in cache-friendly order and SIMD",
  params: {
    maxN: {
      label: "Largest N",
      default: 512,
      quick: 128,
      min: 64,
      max: 1_024,
      step: 1,
      unit: "(N×N matrices)",
      control: "number",
    },
    trials: trialsParam(5),
  },
  sources: [
    {
      name: "workers/wasm/matmul.ts (AssemblyScript)",
      language: "typescript",
      code: wasmKernelSource,
    },
    { name: "workers/kernels/matmul.ts", language: "typescript", code: jsKernelSource },
    { name: "workers/vectorize/matmul-worker.ts", language: "typescript", code: workerSource },
    { name: "workers/kernels/wasm-threads.ts", language: "typescript", code: threadsKernelSource },
    { name: "lessons/vectorization/matmul.ts", language: "typescript", code: experimentSource },
    { name: "lessons/vectorization/check.ts", language: "typescript", code: checkSource },
  ],
  task: {
    source: "workers/kernels/matmul.ts",
    note: "An edit to matmulReference runs in the JS line, and sampled entries of its C are checked against A·B in doubles. The WebAssembly lines are AssemblyScript (workers/wasm/matmul.ts), compiled ahead of time when the site is built: the page cannot recompile them, so they keep running the original.",
  },
  python,
  requires: ["sharedMemory", "wasmSimd", "wasmThreads"],
  x: { name: "matrix side N", unit: "rows" },

  async run({ maxN, trials }, context) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = context;
    // One size per doubling of N, from 32×32.
    const count = Math.max(2, Math.round(Math.log2(maxN / 32)) + 1);
    const xs = geometricSizes(32, maxN, count);
    // The workers start, and make room for the largest matrices, before the clock.
    const [worker, pool] = await Promise.all([MatmulWorker.start(signal), startPool(cores)]);
    try {
      await worker.prepare(Math.max(...xs), SEED, signal, context.editedCode);
      const threads = await prepareMatmulThreads(pool, Math.max(...xs));
      const series: Series[] = (Object.keys(MATMUL_SERIES) as MatmulVariant[]).map((variant) => ({
        name: MATMUL_SERIES[variant],
        run: async (n) => {
          const product = await worker.run(variant, n, signal);
          if (product.maxRelativeError !== undefined) {
            checkProduct(MATMUL_SERIES[variant], n, product.maxRelativeError);
          }
          return product;
        },
      }));
      // The same A and B, written before the clock; each worker computes its rows of C.
      series.push({
        name: matmulThreadsName(cores),
        run: async (n) => {
          seededFloats(n * n, SEED, threads.a.subarray(0, n * n));
          seededFloats(n * n, SEED + 1, threads.b.subarray(0, n * n));
          const kernelMs = await threads.run(n, signal);
          const checksum = threads.c.subarray(0, n * n).reduce((sum, value) => sum + value, 0);
          return { checksum, kernelMs };
        },
      });
      // An untimed product first, so that the JS loop is compiled before the clock.
      const samples = await sweep({ xs, series, trials, warmup: 1, signal, onProgress: progress });
      return { samples };
    } finally {
      worker.terminate();
    }
  },

  // Each product as the worker timed it, without the messages to the worker and back.
  chart: (results, Plot) =>
    fieldChart(results, Plot, {
      field: "kernelMs",
      label: "time per product (ms)",
      x: "log",
      y: "log",
    }),

  notes: (results) => [checksumNote(results), ...rates(results)],

  expects: {
    claim: "At the largest N, blocked SIMD multiplies faster than the naive WASM loop (medians).",
    holds(results) {
      const n = largestX(results);
      const naive = medianField(results, MATMUL_SERIES.naive, n, "kernelMs");
      const blocked = medianField(results, MATMUL_SERIES["blocked-simd"], n, "kernelMs");
      return naive === undefined || blocked === undefined ? null : blocked < naive;
    },
  },
  prediction: {
    kind: "number",
    unit: "× faster (blocked SIMD than the naive WASM loop, at the largest N)",
    answer(results) {
      const n = largestX(results);
      const naive = medianField(results, MATMUL_SERIES.naive, n, "kernelMs");
      const blocked = medianField(results, MATMUL_SERIES["blocked-simd"], n, "kernelMs");
      return naive === undefined || !blocked ? null : naive / blocked;
    },
  },
  headline(results) {
    const n = largestX(results);
    const naive = medianField(results, MATMUL_SERIES.naive, n, "kernelMs");
    const blocked = medianField(results, MATMUL_SERIES["blocked-simd"], n, "kernelMs");
    if (naive === undefined || blocked === undefined) return null;
    return `At N = ${n}, WASM blocked SIMD took ${formatMs(blocked)} ms (${gflops(n, blocked).toFixed(1)} GFLOP/s), ${(naive / blocked).toFixed(1)}× faster than the naive WASM loop (${formatMs(naive)} ms, ${gflops(n, naive).toFixed(1)} GFLOP/s): the same multiplies and adds.`;
  },
};

/** Per series at the largest N: the product's time and its rate. */
function rates(results: Results): Note[] {
  const n = largestX(results);
  return seriesNames(results).flatMap((name) => {
    const ms = medianField(results, name, n, "kernelMs");
    if (ms === undefined) return [];
    const text = `${formatMs(ms)} ms per product at N = ${n} (${gflops(n, ms).toFixed(2)} GFLOP/s).`;
    return [{ label: name, text }];
  });
}

/**
 * Whether every way gave the same C as the JS loop, size by size, judged by the sum of C. JS
 * sums in doubles; WebAssembly in float32, so the sums differ in their last digits only.
 */
function checksumNote(results: Results): Note {
  const reference = new Map<number, number>();
  for (const sample of samplesOf(results, MATMUL_SERIES.js)) {
    reference.set(sample.x, sample.checksum as number);
  }
  const wrong = results.samples.filter((sample) => {
    const expected = reference.get(sample.x);
    if (expected === undefined) return false;
    return !(Math.abs((sample.checksum as number) - expected) <= 1e-5 * Math.abs(expected));
  });
  const text =
    wrong.length === 0
      ? "every way gave the same C as the JS loop, at every size."
      : `a different C from ${[...new Set(wrong.map((s) => `${s.series} at N = ${s.x}`))].join(", ")}.`;
  return { label: "Checksums", text };
}
