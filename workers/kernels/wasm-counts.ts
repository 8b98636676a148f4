import { exportsOf, type WasmHandle } from "./wasm-instance";

/**
 * Pool kernels for the WebAssembly counting modules: Monte Carlo π (workers/wasm/pi.ts) and
 * prime counting (workers/wasm/primes.ts). Their JavaScript references are pi.ts and primes.ts.
 */

interface PiExports {
  piHitsScalar(seed: number, samples: number): number;
  piHitsSimd(seed: number, samples: number): number;
}

interface PrimesExports {
  countPrimes(from: number, to: number): number;
}

/** Points inside the quarter circle, one lane at a time or four per SIMD instruction. */
export function piHitsWasm(task: {
  wasm: WasmHandle;
  simd: boolean;
  seed: number;
  samples: number;
}): number {
  const pi = exportsOf<PiExports>(task.wasm);
  return task.simd
    ? pi.piHitsSimd(task.seed, task.samples)
    : pi.piHitsScalar(task.seed, task.samples);
}

/** How many primes lie in [from, to), by the same trial division as countPrimes. */
export function countPrimesWasm(task: { wasm: WasmHandle; from: number; to: number }): number {
  return exportsOf<PrimesExports>(task.wasm).countPrimes(task.from, task.to);
}
