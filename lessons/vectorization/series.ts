import type { PolyVariant, Results } from "../../kit";

/** The series of the vectorization chart, named for what each step takes away. */
export const SERIES_NAMES: Record<PolyVariant, string> = {
  "js-each": "JS: f called per element",
  "js-loop": "JS: typed-array loop",
  "wasm-scalar": "WASM scalar",
  "wasm-simd": "WASM SIMD",
  copy: "copy of the same floats",
};

/**
 * The lines the chart draws unless the reader asks for every way: the climb from the JS loop
 * through WebAssembly to SIMD, and the copy it is measured against.
 */
export const DRAWN_BY_DEFAULT: readonly string[] = [
  SERIES_NAMES["js-each"],
  SERIES_NAMES["wasm-scalar"],
  SERIES_NAMES["wasm-simd"],
  SERIES_NAMES.copy,
];

/**
 * The results with only the lines the reader chose to draw: the default four, or every way when
 * the run's "Lines drawn" param is 1. The notes and the table keep every way.
 */
export function drawnLines(results: Results): Results {
  if (results.params.everyWay === 1) return results;
  const samples = results.samples.filter((sample) => DRAWN_BY_DEFAULT.includes(sample.series));
  return { ...results, samples };
}

/** The two kernels of the first-call experiment. */
export const FIRST_CALL_JS = "JS: typed-array loop";
export const FIRST_CALL_WASM = "WASM SIMD";

export const poolName = (workers: number) => `pool of ${workers}: JS loop`;

/** WASM SIMD in every worker of a pool, over one shared WebAssembly.Memory. */
export const threadsName = (workers: number) => `WASM threads: pool of ${workers}`;

/** f reads 4 bytes and writes 4 bytes per float, as does a copy. */
export const BYTES_MOVED_PER_FLOAT = 2 * Float32Array.BYTES_PER_ELEMENT;

/** Memory bandwidth in GB/s for `floats` processed in `ms`. */
export const gbPerSecond = (floats: number, ms: number) =>
  (floats * BYTES_MOVED_PER_FLOAT) / (ms * 1e6);
