import type { Range } from "../common/chunks";
import { piHits } from "../workers/kernels/pi";
import { countPrimes } from "../workers/kernels/primes";
import { WorkerPool } from "../workers/pool/host/pool";
import { compileWasm } from "../workers/vectorize/host/wasmModules";

/** One count by a WebAssembly way beside the JS reference's count of the same thing. */
export interface CountAgreement {
  way: "pi-scalar" | "pi-simd" | "primes";
  /** `seed/samples` for π, `from–to` for primes. */
  input: string;
  expected: number;
  actual: number;
}

/**
 * Monte Carlo π (scalar and SIMD) and prime counting in WebAssembly, run by a pool worker as the
 * lesson runs them, beside the JS reference computed on this page: the counts must be equal.
 */
export async function countsAgreement(
  piCases: readonly { seed: number; samples: number }[],
  primeRanges: readonly Range[],
): Promise<CountAgreement[]> {
  const [pi, primes, pool] = await Promise.all([
    compileWasm("pi"),
    compileWasm("primes"),
    WorkerPool.start(1),
  ]);
  try {
    const agreements: CountAgreement[] = [];
    for (const { seed, samples } of piCases) {
      const expected = piHits({ seed, samples });
      for (const simd of [false, true]) {
        const actual = await pool.apply("piHitsWasm", { wasm: pi, simd, seed, samples });
        const way = simd ? "pi-simd" : "pi-scalar";
        agreements.push({ way, input: `${seed}/${samples}`, expected, actual });
      }
    }
    for (const { from, to } of primeRanges) {
      const actual = await pool.apply("countPrimesWasm", { wasm: primes, from, to });
      const expected = countPrimes({ from, to });
      agreements.push({ way: "primes", input: `${from}–${to}`, expected, actual });
    }
    return agreements;
  } finally {
    pool.terminate();
  }
}
