import type { ChunkRecord, Experiment, Note, PolyVariant, Results } from "../../kit";
import {
  fieldChart,
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  medianField,
  PolyWorker,
  preparePolyThreads,
  type Series,
  samplesOf,
  seriesNames,
  splitRange,
  sweep,
  trialsParam,
} from "../../kit";
import jsKernelSource from "../../workers/kernels/poly.ts?raw";
import { seededFloats } from "../../workers/kernels/seeded";
import threadsKernelSource from "../../workers/kernels/wasm-threads.ts?raw";
import workerSource from "../../workers/vectorize/poly-worker.ts?raw";
import wasmKernelSource from "../../workers/wasm/poly.ts?raw";
import { checkF, checkOutput } from "./check";
import checkSource from "./check.ts?raw";
import { GPU_LINE_SOURCES, type GpuLine, missingGpuNote, startGpuLine } from "./gpu-series";
import { drawnLines, gbPerSecond, poolName, SERIES_NAMES, threadsName } from "./series";
import python from "./vectorize.py?raw";
import experimentSource from "./vectorize.ts?raw";

const SEED = 20_260_601;
/** Arrays up to this size (each) may fit in a laptop CPU's last-level cache, in and out. */
const CACHE_SIZED_BYTES = 16 * 2 ** 20;
/** In the order they run at each size; the copy first, the line the others are measured against. */
const VARIANTS: PolyVariant[] = ["copy", "js-each", "js-loop", "wasm-scalar", "wasm-simd"];

/** f(x) = x + x² + x³ over N×N floats: five ways in one worker, and a pool of one per core. */
export const vectorize: Experiment<"maxSide" | "trials" | "everyWay"> = {
  id: "vectorize",
  title: "f(x) = x + x² + x³ over an N×N array: loops, WebAssembly, SIMD, a pool",
  params: {
    // 3,000 × 3,000 floats are 36 MB per array, more than most CPUs' last-level cache.
    maxSide: {
      label: "Largest N",
      default: 3_000,
      quick: 256,
      min: 128,
      max: 4_096,
      step: 1,
      unit: "(N×N floats)",
      control: "number",
    },
    trials: trialsParam(7),
    everyWay: {
      label: "Lines drawn",
      default: 0,
      min: 0,
      max: 1,
      step: 1,
      unit: "(0: the JS loop, WASM, SIMD and the copy; 1: every way)",
      control: "range",
    },
  },
  sources: [
    {
      name: "workers/wasm/poly.ts (AssemblyScript)",
      language: "typescript",
      code: wasmKernelSource,
    },
    { name: "workers/kernels/poly.ts", language: "typescript", code: jsKernelSource },
    { name: "workers/vectorize/poly-worker.ts", language: "typescript", code: workerSource },
    { name: "workers/kernels/wasm-threads.ts", language: "typescript", code: threadsKernelSource },
    { name: "lessons/vectorization/vectorize.ts", language: "typescript", code: experimentSource },
    { name: "lessons/vectorization/check.ts", language: "typescript", code: checkSource },
    ...GPU_LINE_SOURCES,
  ],
  task: {
    source: "workers/kernels/poly.ts",
    kernels: ["polyRange"],
    note: "An edit runs in the JavaScript lines (f called per element, the typed-array loop, the pool), and their outputs are checked against f in doubles. The WebAssembly lines are AssemblyScript (workers/wasm/poly.ts), compiled ahead of time when the site is built: the page cannot recompile them, so they keep running the original.",
  },
  python,
  requires: ["sharedMemory", "wasmSimd", "wasmThreads"],
  x: { name: "array size N×N", unit: "floats" },

  // Eight arrays of the largest size, in and out: on the page (shared with the pool), in the
  // worker, in the worker's WebAssembly memory, and in the threads' shared WebAssembly memory.
  memoryBytes: ({ maxSide }) => 8 * Float32Array.BYTES_PER_ELEMENT * maxSide * maxSide,

  async run({ maxSide, trials }, context) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = context;
    // About one size per doubling of N, from 64×64 floats.
    const count = Math.max(2, Math.round(Math.log2(maxSide / 64)) + 1);
    const xs = geometricSizes(64, maxSide, count).map((side) => side * side);
    const largest = Math.max(...xs);
    // Workers start, and inputs are made, before the clock.
    const [worker, pool] = await Promise.all([PolyWorker.start(signal), startPool(cores)]);
    let gpu: GpuLine | null = null;
    try {
      gpu = await startGpuLine(largest, SEED, signal);
      await worker.prepare(largest, SEED, signal, context.editedCode);
      // The pool's workers share one input and one output array: nothing is copied per call.
      const input = seededFloats(largest, SEED, sharedFloats(largest));
      const output = sharedFloats(largest);
      const threads = await preparePolyThreads(pool, largest, SEED);

      const inOneWorker: Series[] = VARIANTS.map((variant) => ({
        name: SERIES_NAMES[variant],
        run: async (floats) => {
          const pass = await worker.run(variant, floats, signal);
          if (pass.maxRelativeError !== undefined) {
            checkF(SERIES_NAMES[variant], floats, pass.maxRelativeError);
          }
          return pass;
        },
      }));
      const inPool: Series = {
        name: poolName(cores),
        run: async (floats) => {
          const tasks = splitRange(floats, cores).map((range) => ({ input, output, ...range }));
          const chunks: ChunkRecord[] = [];
          const onChunk = (chunk: ChunkRecord) => chunks.push(chunk);
          const options = { data: "shared", chunkSize: 1, signal, onChunk } as const;
          const parts = await pool.map(context.task("polyRange"), tasks, options);
          // From the first worker starting to the last finishing: the pass, without messaging.
          const kernelMs =
            Math.max(...chunks.map((chunk) => chunk.finishedAt)) -
            Math.min(...chunks.map((chunk) => chunk.startedAt));
          checkOutput(poolName(cores), input, output, floats);
          return { checksum: parts.reduce((a, b) => a + b, 0), kernelMs };
        },
      };
      // WASM SIMD in every worker, each on its slice of one shared WebAssembly.Memory.
      const inThreads: Series = {
        name: threadsName(cores),
        run: (floats) => threads.run(floats, signal),
      };
      const series = [...inOneWorker, inPool, inThreads, ...(gpu ? [gpu.series] : [])];
      // Untimed passes first, so that every JavaScript loop is compiled before the clock.
      const samples = await sweep({ xs, series, trials, warmup: 2, signal, onProgress: progress });
      return { samples };
    } finally {
      worker.terminate();
      gpu?.terminate();
    }
  },

  // Each pass as the worker timed it: the message to the worker and back would hide the
  // differences at small sizes (the notes give both).
  chart: (results, Plot) =>
    fieldChart(drawnLines(results), Plot, {
      field: "kernelMs",
      label: "time per pass (ms)",
      x: "log",
      y: "log",
    }),

  notes: (results) => [checksumNote(results), ...passTimes(results), ...missingGpuNote(results)],

  expects: {
    claim:
      "At the largest N, WASM SIMD computes f faster than JavaScript calling f per element (medians).",
    holds(results) {
      const floats = largestX(results);
      const pass = (variant: PolyVariant) =>
        medianField(results, SERIES_NAMES[variant], floats, "kernelMs");
      const [simd, each] = [pass("wasm-simd"), pass("js-each")];
      return simd === undefined || each === undefined ? null : simd < each;
    },
  },
  prediction: {
    kind: "number",
    unit: "× faster than calling f per element (WASM SIMD, at the largest N)",
    answer(results) {
      const floats = largestX(results);
      const pass = (variant: PolyVariant) =>
        medianField(results, SERIES_NAMES[variant], floats, "kernelMs");
      const [simd, each] = [pass("wasm-simd"), pass("js-each")];
      return simd === undefined || each === undefined ? null : each / simd;
    },
  },
  headline(results) {
    const floats = largestX(results);
    const pass = (variant: PolyVariant) =>
      medianField(results, SERIES_NAMES[variant], floats, "kernelMs");
    const simd = pass("wasm-simd");
    const copy = pass("copy");
    const loop = pass("js-each");
    if (simd === undefined || copy === undefined || loop === undefined) return null;
    const gb = (ms: number) => `${gbPerSecond(floats, ms).toFixed(1)} GB/s`;
    const percent = Math.round((100 * copy) / simd);
    const inCache =
      percent <= 100
        ? ""
        : floats * Float32Array.BYTES_PER_ELEMENT <= CACHE_SIZED_BYTES
          ? " SIMD beat the copy: arrays this small fit in the CPU's caches, where a copy measures the caches, not the memory."
          : " SIMD was as fast as the copy: at this size both wait on memory.";
    return `At ${floats.toLocaleString("en")} floats, WASM SIMD took ${formatMs(simd)} ms (${gb(simd)}), ${(loop / simd).toFixed(1)}× faster than calling f per element in JS. The copy of the same floats took ${formatMs(copy)} ms (${gb(copy)}): SIMD ran at ${percent} % of its speed.${inCache}`;
  },
};

/** Per series at the largest size: the pass and its bandwidth, then with the messages. */
function passTimes(results: Results): Note[] {
  const floats = largestX(results);
  return seriesNames(results).flatMap((name) => {
    const pass = medianField(results, name, floats, "kernelMs");
    const roundTrip = medianAt(results, name, floats);
    if (pass === undefined || roundTrip === undefined) return [];
    const text = `${formatMs(pass)} ms per pass at ${floats.toLocaleString("en")} floats (${gbPerSecond(floats, pass).toFixed(1)} GB/s); ${formatMs(roundTrip)} ms with the messages to the worker and back.`;
    return [{ label: name, text }];
  });
}

/**
 * Whether every way computed the same output as the JS typed-array loop, size by size. JS
 * computes in doubles and rounds once; WebAssembly rounds after each f32 operation, so the sums
 * may differ in their last digits, never by more than a millionth.
 */
function checksumNote(results: Results): Note {
  const reference = new Map<number, number>();
  for (const sample of samplesOf(results, SERIES_NAMES["js-loop"])) {
    reference.set(sample.x, sample.checksum as number);
  }
  const wrong = results.samples.filter((sample) => {
    const expected = reference.get(sample.x);
    if (sample.series === SERIES_NAMES.copy || expected === undefined) return false;
    return !(Math.abs((sample.checksum as number) - expected) <= 1e-6 * Math.abs(expected));
  });
  const text =
    wrong.length === 0
      ? "every way gave the same output as the JS typed-array loop, at every size."
      : `different output from ${[...new Set(wrong.map((s) => `${s.series} at ${s.x}`))].join(", ")}.`;
  return { label: "Checksums", text };
}

function sharedFloats(length: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(length * Float32Array.BYTES_PER_ELEMENT));
}
