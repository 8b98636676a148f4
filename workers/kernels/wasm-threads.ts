import { stridedChecksum } from "./poly";
import { exportsOf, type WasmHandle } from "./wasm-instance";

/** A threads build (`--sharedMemory --importMemory`) and the one shared memory it computes in. */
export type SharedWasm = WasmHandle & { memory: WebAssembly.Memory };

/** One worker's part of f(x) = x + x² + x³: floats [from, from + count) of the shared arrays. */
export interface PolySlice {
  wasm: SharedWasm;
  /** Byte offsets of the whole input and output arrays in the shared memory. */
  input: number;
  output: number;
  from: number;
  count: number;
}

/** One worker's part of C = A·B over n×n float32 matrices: rows [rowFrom, rowTo) of C. */
export interface MatmulRows {
  wasm: SharedWasm;
  /** Byte offsets of A, B and C in the shared memory. */
  a: number;
  b: number;
  c: number;
  n: number;
  rowFrom: number;
  rowTo: number;
}

interface ThreadsExports {
  polySimd(input: number, output: number, length: number): void;
  matmulBlockedSimdRows(a: number, b: number, c: number, n: number, from: number, to: number): void;
}

const FLOAT_BYTES = Float32Array.BYTES_PER_ELEMENT;

/** WASM SIMD over this worker's slice, in place in the shared memory; gives its part of the sum. */
export function polyThreads({ wasm, input, output, from, count }: PolySlice): number {
  exportsOf<ThreadsExports>(wasm).polySimd(
    input + from * FLOAT_BYTES,
    output + from * FLOAT_BYTES,
    count,
  );
  const result = new Float32Array(wasm.memory.buffer, output, from + count);
  return stridedChecksum(result, from, from + count);
}

/** The tiled SIMD multiply over this worker's rows of C, in place in the shared memory. */
export function matmulThreads({ wasm, a, b, c, n, rowFrom, rowTo }: MatmulRows): null {
  exportsOf<ThreadsExports>(wasm).matmulBlockedSimdRows(a, b, c, n, rowFrom, rowTo);
  return null;
}
