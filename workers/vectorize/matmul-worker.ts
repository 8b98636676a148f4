/// <reference lib="webworker" />
import {
  encodeFailure,
  type FromMatmulWorker,
  type MatmulVariant,
  type ToMatmulWorker,
} from "../../common/wire";
import { compileTask } from "../compile";
import { matmulReference, sampledMatmulError } from "../kernels/matmul";
import { seededFloats } from "../kernels/seeded";
import { lockDownStorage } from "../lockDownStorage";
import { instantiateMatmul, type MatmulInstance, wasmMatrices } from "./matmul-wasm";

lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromMatmulWorker) => scope.postMessage(message);

/** Instantiated once, before any timed work. */
let wasm: MatmulInstance;
let prepared: { matrices: ReturnType<typeof wasmMatrices>; maxN: number; seed: number } | null =
  null;
/** The JS way: the built-in loop, or the reader's edited version of it. */
let multiplyInJs = matmulReference;

scope.onmessage = async ({ data }: MessageEvent<ToMatmulWorker>) => {
  try {
    if (data.type === "prepare") {
      multiplyInJs =
        data.jsKernel === null
          ? matmulReference
          : ((await compileTask(data.jsKernel, "matmulReference")) as typeof matmulReference);
      prepared = { matrices: wasmMatrices(wasm, data.maxN), maxN: data.maxN, seed: data.seed };
      reply({ type: "prepared" });
    } else {
      if (!prepared || data.n > prepared.maxN) {
        throw new Error(`No room was prepared for ${data.n}×${data.n} matrices.`);
      }
      reply({ type: "ran", ...run(data.variant, data.n) });
    }
  } catch (error) {
    // A throw from the reader's code comes back with its line, so the editor marks it.
    reply(encodeFailure(error));
  }
};

/**
 * One timed product. A and B are written before the clock from the same seed for every way, so
 * every way multiplies the same matrices; the checksum (the sum of C) is taken after it.
 */
function run(variant: MatmulVariant, n: number) {
  if (!prepared) throw new Error("Nothing was prepared.");
  const { matrices, seed } = prepared;
  const a = seededFloats(n * n, seed, matrices.a.subarray(0, n * n));
  const b = seededFloats(n * n, seed + 1, matrices.b.subarray(0, n * n));
  const start = performance.now();
  const c = variant === "js" ? multiplyInJs(a, b, n) : multiplyInWasm(variant, n);
  const kernelMs = performance.now() - start;
  let checksum = 0;
  for (const value of c) checksum += value;
  const checked = variant === "js" ? { maxRelativeError: sampledMatmulError(a, b, c, n) } : {};
  return { checksum, kernelMs, ...checked };
}

function multiplyInWasm(variant: Exclude<MatmulVariant, "js">, n: number): Float32Array {
  if (!prepared) throw new Error("Nothing was prepared.");
  prepared.matrices.multiply(variant, n);
  return prepared.matrices.c.subarray(0, n * n);
}

instantiateMatmul()
  .then((instance) => {
    wasm = instance;
    reply({ type: "ready", timeOrigin: performance.timeOrigin });
  })
  .catch((error: unknown) => reply({ type: "failed", message: String(error) }));
