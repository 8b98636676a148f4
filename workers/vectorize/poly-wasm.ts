import { fetchWasm } from "./wasm-fetch";

/**
 * Loads workers/wasm/poly.ts, compiled to WebAssembly by `npm run build:wasm`. The URL form makes
 * Vite emit the .wasm as a file of its own (never inlined), fetched once per worker.
 */
const POLY_WASM_URL = new URL("../wasm/build/poly.wasm", import.meta.url);

/** A kernel over the module's memory: byte offsets of input and output, and a float count. */
type PolyKernel = (input: number, output: number, length: number) => void;

export interface PolyInstance {
  memory: WebAssembly.Memory;
  polyScalar: PolyKernel;
  polySimd: PolyKernel;
}

/** Input and output arrays of `length` floats inside the instance's memory. */
export interface WasmArrays {
  input: Float32Array;
  output: Float32Array;
  inputOffset: number;
  outputOffset: number;
}

const PAGE_BYTES = 65_536;

export async function fetchPolyBytes(): Promise<ArrayBuffer> {
  return (await fetchWasm(POLY_WASM_URL)).arrayBuffer();
}

export function compilePolyStreaming(): Promise<WebAssembly.Module> {
  return WebAssembly.compileStreaming(fetchWasm(POLY_WASM_URL));
}

export async function instantiatePoly(module: WebAssembly.Module): Promise<PolyInstance> {
  const instance = await WebAssembly.instantiate(module);
  return instance.exports as unknown as PolyInstance;
}

/**
 * Grows the memory by enough pages for both arrays and places them in the new pages, past
 * anything the module keeps for itself. Growing detaches older views, so call it once per size.
 */
export function wasmArrays(instance: PolyInstance, length: number): WasmArrays {
  const bytes = length * Float32Array.BYTES_PER_ELEMENT;
  const inputOffset = instance.memory.buffer.byteLength;
  instance.memory.grow(Math.ceil((2 * bytes) / PAGE_BYTES));
  const outputOffset = inputOffset + bytes;
  const { buffer } = instance.memory;
  return {
    input: new Float32Array(buffer, inputOffset, length),
    output: new Float32Array(buffer, outputOffset, length),
    inputOffset,
    outputOffset,
  };
}
