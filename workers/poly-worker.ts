/// <reference lib="webworker" />
import { polyEach, polyLoop, stridedChecksum } from "./kernels/poly";
import { seededFloats } from "./kernels/seeded";
import type { FromPolyWorker, PolyVariant, ToPolyWorker } from "./poly-protocol";
import { compilePolyStreaming, instantiatePoly, type PolyInstance, wasmArrays } from "./poly-wasm";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromPolyWorker) => scope.postMessage(message);

interface Arrays {
  input: Float32Array;
  output: Float32Array;
  wasm: ReturnType<typeof wasmArrays>;
}

/** Compiled and instantiated once, before any timed work. */
let wasm: PolyInstance;
let arrays: Arrays | null = null;

scope.onmessage = ({ data }: MessageEvent<ToPolyWorker>) => {
  try {
    if (data.type === "prepare") {
      const input = seededFloats(data.length, data.seed, new Float32Array(data.length));
      const inWasm = wasmArrays(wasm, data.length);
      inWasm.input.set(input);
      arrays = { input, output: new Float32Array(data.length), wasm: inWasm };
      reply({ type: "prepared" });
    } else {
      if (!arrays || data.length > arrays.input.length) {
        throw new Error(`No inputs of ${data.length} floats were prepared.`);
      }
      reply({ type: "ran", ...run(arrays, data.variant, data.length) });
    }
  } catch (error) {
    reply({ type: "failed", message: String(error) });
  }
};

/** One timed pass; the checksum is read after the clock stops. */
function run(arrays: Arrays, variant: PolyVariant, length: number) {
  const { input, output, wasm: inWasm } = arrays;
  const start = performance.now();
  switch (variant) {
    case "copy":
      output.set(input.subarray(0, length));
      break;
    case "js-each":
      polyEach(input, output, length);
      break;
    case "js-loop":
      polyLoop(input, output, 0, length);
      break;
    case "wasm-scalar":
      wasm.polyScalar(inWasm.inputOffset, inWasm.outputOffset, length);
      break;
    case "wasm-simd":
      wasm.polySimd(inWasm.inputOffset, inWasm.outputOffset, length);
      break;
    default: {
      const unknown: never = variant;
      throw new Error(`Unknown variant ${unknown}`);
    }
  }
  const kernelMs = performance.now() - start;
  const result = variant.startsWith("wasm") ? inWasm.output : output;
  return { checksum: stridedChecksum(result, 0, length), kernelMs };
}

compilePolyStreaming()
  .then(instantiatePoly)
  .then((instance) => {
    wasm = instance;
    reply({ type: "ready" });
  })
  .catch((error: unknown) => reply({ type: "failed", message: String(error) }));
