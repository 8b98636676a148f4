/// <reference lib="webworker" />
import {
  encodeFailure,
  type FromPolyWorker,
  type PolyVariant,
  type ToPolyWorker,
} from "../../common/wire";
import { compileTask } from "../compile";
import { maxRelativeError, polyEach, polyLoop, stridedChecksum } from "../kernels/poly";
import { seededFloats } from "../kernels/seeded";
import { lockDownStorage } from "../lockDownStorage";
import { compilePolyStreaming, instantiatePoly, type PolyInstance, wasmArrays } from "./poly-wasm";

lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
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
/** The JavaScript ways: the built-in kernels, or the reader's edited versions of them. */
let js = { polyEach, polyLoop };

scope.onmessage = async ({ data }: MessageEvent<ToPolyWorker>) => {
  try {
    if (data.type === "prepare") {
      js = data.jsKernels === null ? { polyEach, polyLoop } : await compileJs(data.jsKernels);
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
    // A throw from the reader's code comes back with its line, so the editor marks it.
    reply(encodeFailure(error));
  }
};

/** The reader's file, compiled here with its lines kept (workers/compile.ts), never on the page. */
async function compileJs(source: string): Promise<typeof js> {
  const [each, loop] = await Promise.all([
    compileTask(source, "polyEach"),
    compileTask(source, "polyLoop"),
  ]);
  return { polyEach: each as typeof polyEach, polyLoop: loop as typeof polyLoop };
}

/** One timed pass; the checksum is read after the clock stops. */
function run(arrays: Arrays, variant: PolyVariant, length: number) {
  const { input, output, wasm: inWasm } = arrays;
  const start = performance.now();
  switch (variant) {
    case "copy":
      output.set(input.subarray(0, length));
      break;
    case "js-each":
      js.polyEach(input, output, length);
      break;
    case "js-loop":
      js.polyLoop(input, output, 0, length);
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
  const checked = variant.startsWith("js")
    ? { maxRelativeError: maxRelativeError(input, output, length) }
    : {};
  return { checksum: stridedChecksum(result, 0, length), kernelMs, ...checked };
}

compilePolyStreaming()
  .then(instantiatePoly)
  .then((instance) => {
    wasm = instance;
    reply({ type: "ready", timeOrigin: performance.timeOrigin });
  })
  .catch((error: unknown) => reply({ type: "failed", message: String(error) }));
