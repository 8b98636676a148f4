import { splitRange } from "../../../common/chunks";
import type { WorkerPool } from "../../pool/host/pool";
import { timedPoolPass } from "./poolPass";
import { FIRST_ARRAY_BYTE, sharedWasm } from "./wasmModules";

/** C = A·B by the tiled SIMD loop in every worker of a pool, over one shared memory. */
export interface MatmulThreads {
  /** Room for matrices of side up to maxN; an n×n matrix takes the first n² floats, row by row. */
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
  /** One multiply of the n×n matrices, each worker computing its rows of C; gives its time. */
  run(n: number, signal: AbortSignal): Promise<number>;
}

/**
 * Places A, B and C of side up to `maxN` in one shared WebAssembly.Memory; each multiply sends
 * every worker only its rows of C to compute, never the matrices. Call it before the clock.
 *
 * @example
 * const threads = await prepareMatmulThreads(pool, 512);
 * seededFloats(512 * 512, 1, threads.a);
 * const ms = await threads.run(512, signal);
 */
export async function prepareMatmulThreads(pool: WorkerPool, maxN: number): Promise<MatmulThreads> {
  const length = maxN * maxN;
  const bytes = length * Float32Array.BYTES_PER_ELEMENT;
  const wasm = await sharedWasm("matmul", 3 * bytes);
  const [a, b, c] = [0, 1, 2].map((index) => FIRST_ARRAY_BYTE + index * bytes) as [
    number,
    number,
    number,
  ];
  const view = (offset: number) => new Float32Array(wasm.memory.buffer, offset, length);
  return {
    a: view(a),
    b: view(b),
    c: view(c),
    async run(n, signal) {
      if (n > maxN) throw new RangeError(`Room was made for N = ${maxN}, not ${n}.`);
      const tasks = splitRange(n, pool.size).map(({ from, to }) => ({
        wasm,
        a,
        b,
        c,
        n,
        rowFrom: from,
        rowTo: to,
      }));
      return (await timedPoolPass(pool, "matmulThreads", tasks, signal)).kernelMs;
    },
  };
}
