import { fetchWasm } from "./wasm-fetch";

/**
 * Loads workers/wasm/matmul.ts, compiled to WebAssembly by `npm run build:wasm`, and places
 * matrices in its memory. As for poly.wasm, the URL form makes Vite emit the .wasm as a file.
 */
const MATMUL_WASM_URL = new URL("../wasm/build/matmul.wasm", import.meta.url);

/** A kernel over the module's memory: byte offsets of A, B and C, and the side n. */
type MatmulKernel = (a: number, b: number, c: number, n: number) => void;

export interface MatmulInstance {
  memory: WebAssembly.Memory;
  matmulNaive: MatmulKernel;
  matmulBlockedSimd: MatmulKernel;
}

/** The WebAssembly ways, by the name they are reported under. */
export const MATMUL_WAYS = {
  naive: "matmulNaive",
  "blocked-simd": "matmulBlockedSimd",
} as const satisfies Record<string, keyof MatmulInstance>;

export type MatmulWay = keyof typeof MATMUL_WAYS;

/**
 * Room for three matrices A, B and C of up to `capacity` floats each in the instance's memory.
 * An n×n matrix takes the first n² floats of its region, row by row.
 */
export interface WasmMatrices {
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
  /** Runs one way over the first n² floats of each region: C = A·B. */
  multiply(way: MatmulWay, n: number): void;
}

const PAGE_BYTES = 65_536;

export async function instantiateMatmul(): Promise<MatmulInstance> {
  const { instance } = await WebAssembly.instantiateStreaming(fetchWasm(MATMUL_WASM_URL));
  return instance.exports as unknown as MatmulInstance;
}

/**
 * Grows the memory by enough pages for A, B and C of the largest side `maxN` and places them in
 * the new pages, past anything the module keeps for itself. Growing detaches older views, so
 * call it once, for the largest size; smaller matrices use the front of each region.
 */
export function wasmMatrices(instance: MatmulInstance, maxN: number): WasmMatrices {
  const length = maxN * maxN;
  const bytes = length * Float32Array.BYTES_PER_ELEMENT;
  const aOffset = instance.memory.buffer.byteLength;
  instance.memory.grow(Math.ceil((3 * bytes) / PAGE_BYTES));
  const { buffer } = instance.memory;
  return {
    a: new Float32Array(buffer, aOffset, length),
    b: new Float32Array(buffer, aOffset + bytes, length),
    c: new Float32Array(buffer, aOffset + 2 * bytes, length),
    multiply(way, n) {
      if (n > maxN) throw new Error(`Room was made for N = ${maxN}, not ${n}.`);
      instance[MATMUL_WAYS[way]](aOffset, aOffset + bytes, aOffset + 2 * bytes, n);
    },
  };
}
