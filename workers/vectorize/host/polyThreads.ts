import { splitRange } from "../../../common/chunks";
import { seededFloats } from "../../kernels/seeded";
import type { WorkerPool } from "../../pool/host/pool";
import type { PolyPass } from "./polyWorker";
import { timedPoolPass } from "./poolPass";
import { FIRST_ARRAY_BYTE, sharedWasm } from "./wasmModules";

/** f(x) = x + x² + x³ by WASM SIMD in every worker of a pool, over one shared memory. */
export interface PolyThreads {
  /** Views of the shared memory: the seeded input and the output the workers write. */
  input: Float32Array;
  output: Float32Array;
  /** One pass over the first `length` floats, each worker computing its slice in place. */
  run(length: number, signal: AbortSignal): Promise<PolyPass>;
}

/**
 * Places seeded input and an output array of `largest` floats in one shared WebAssembly.Memory;
 * each pass sends every worker of the pool only a slice description, never the floats. Call it
 * before the clock: it compiles the module and writes the inputs.
 *
 * @example
 * const threads = await preparePolyThreads(pool, 10_000_000, 42);
 * const { checksum, kernelMs } = await threads.run(1_000_000, signal);
 */
export async function preparePolyThreads(
  pool: WorkerPool,
  largest: number,
  seed: number,
): Promise<PolyThreads> {
  const bytes = largest * Float32Array.BYTES_PER_ELEMENT;
  const wasm = await sharedWasm("poly", 2 * bytes);
  const input = FIRST_ARRAY_BYTE;
  const output = input + bytes;
  const { buffer } = wasm.memory;
  return {
    input: seededFloats(largest, seed, new Float32Array(buffer, input, largest)),
    output: new Float32Array(buffer, output, largest),
    async run(length, signal) {
      if (length > largest) throw new RangeError(`Room was made for ${largest} floats.`);
      const slices = splitRange(length, pool.size).map(({ from, to }) => ({
        wasm,
        input,
        output,
        from,
        count: to - from,
      }));
      const { results, kernelMs } = await timedPoolPass(pool, "polyThreads", slices, signal);
      return { checksum: results.reduce((sum, part) => sum + part, 0), kernelMs };
    },
  };
}
