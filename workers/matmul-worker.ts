/// <reference lib="webworker" />
import { matmulReference } from "./kernels/matmul";
import { seededFloats } from "./kernels/seeded";
import type { FromMatmulWorker, MatmulVariant, ToMatmulWorker } from "./matmul-protocol";
import { instantiateMatmul, type MatmulInstance, wasmMatrices } from "./matmul-wasm";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromMatmulWorker) => scope.postMessage(message);

/** Instantiated once, before any timed work. */
let wasm: MatmulInstance;
let prepared: { matrices: ReturnType<typeof wasmMatrices>; maxN: number; seed: number } | null =
  null;

scope.onmessage = ({ data }: MessageEvent<ToMatmulWorker>) => {
  try {
    if (data.type === "prepare") {
      prepared = { matrices: wasmMatrices(wasm, data.maxN), maxN: data.maxN, seed: data.seed };
      reply({ type: "prepared" });
    } else {
      if (!prepared || data.n > prepared.maxN) {
        throw new Error(`No room was prepared for ${data.n}×${data.n} matrices.`);
      }
      reply({ type: "ran", ...run(data.variant, data.n) });
    }
  } catch (error) {
    reply({ type: "failed", message: String(error) });
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
  const c = variant === "js" ? matmulReference(a, b, n) : multiplyInWasm(variant, n);
  const kernelMs = performance.now() - start;
  let checksum = 0;
  for (const value of c) checksum += value;
  return { checksum, kernelMs };
}

function multiplyInWasm(variant: Exclude<MatmulVariant, "js">, n: number): Float32Array {
  if (!prepared) throw new Error("Nothing was prepared.");
  prepared.matrices.multiply(variant, n);
  return prepared.matrices.c.subarray(0, n * n);
}

instantiateMatmul()
  .then((instance) => {
    wasm = instance;
    reply({ type: "ready" });
  })
  .catch((error: unknown) => reply({ type: "failed", message: String(error) }));
