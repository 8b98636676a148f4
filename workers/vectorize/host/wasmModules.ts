import type { WasmHandle } from "../../kernels/wasm-instance";
import type { SharedWasm } from "../../kernels/wasm-threads";

/**
 * The modules pool workers instantiate from a handle, built from workers/wasm/*.ts by
 * `npm run build:wasm`; as for poly.wasm, the URL form keeps each a file of its own.
 */
const BUILDS = {
  pi: new URL("../../wasm/build/pi.wasm", import.meta.url),
  primes: new URL("../../wasm/build/primes.wasm", import.meta.url),
};

/** The threads builds (`--sharedMemory --importMemory`), which need a shared memory. */
const THREADS_BUILDS = {
  poly: new URL("../../wasm/build/poly-threads.wasm", import.meta.url),
  matmul: new URL("../../wasm/build/matmul-threads.wasm", import.meta.url),
};

/** `--maximumMemory` in build/wasm.mjs: an imported memory must declare the same. */
const MAXIMUM_PAGES = 4_096;
const PAGE_BYTES = 65_536;
/** The compiler owns page 0 (`--initialMemory 1`) for its own data; arrays start past it. */
export const FIRST_ARRAY_BYTE = PAGE_BYTES;

let lastKey = 0;

/** Compiles a module once, on the page, for pool workers to instantiate. */
export async function compileWasm(build: keyof typeof BUILDS): Promise<WasmHandle> {
  const module = await WebAssembly.compileStreaming(fetch(BUILDS[build]));
  lastKey += 1;
  return { key: lastKey, module };
}

/**
 * Compiles a threads build once, on the page, and makes the one shared memory its workers will
 * compute in, with room for `arrayBytes` of arrays from FIRST_ARRAY_BYTE. The memory never
 * grows, so views made on its buffer now stay valid.
 */
export async function sharedWasm(
  build: keyof typeof THREADS_BUILDS,
  arrayBytes: number,
): Promise<SharedWasm> {
  const pages = Math.ceil((FIRST_ARRAY_BYTE + arrayBytes) / PAGE_BYTES);
  if (pages > MAXIMUM_PAGES) {
    const most = (MAXIMUM_PAGES * PAGE_BYTES) / 2 ** 20;
    throw new RangeError(`The shared WebAssembly memory holds at most ${most} MiB.`);
  }
  const module = await WebAssembly.compileStreaming(fetch(THREADS_BUILDS[build]));
  const memory = new WebAssembly.Memory({ initial: pages, maximum: MAXIMUM_PAGES, shared: true });
  lastKey += 1;
  return { key: lastKey, module, memory };
}
