/// <reference lib="webworker" />
import { encodeFailure, type FromFirstCallWorker, type ToFirstCallWorker } from "../../common/wire";
import { compileTask } from "../compile";
import { maxRelativeError, polyLoop } from "../kernels/poly";
import { seededFloats } from "../kernels/seeded";
import { lockDownStorage } from "../lockDownStorage";
import { fetchPolyBytes, instantiatePoly, wasmArrays } from "./poly-wasm";

/**
 * Started fresh for every trial, so that nothing here has run before: the first call of each
 * kernel is really its first in this JavaScript engine instance.
 */
lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromFirstCallWorker) => scope.postMessage(message);

const timeMs = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

scope.onmessage = async ({ data }: MessageEvent<ToFirstCallWorker>) => {
  try {
    const { length, seed, calls, jsKernels } = data;
    // The reader's file is compiled before the clock; its loop's first call is still its first.
    const loop =
      jsKernels === null
        ? polyLoop
        : ((await compileTask(jsKernels, "polyLoop")) as typeof polyLoop);
    const input = seededFloats(length, seed, new Float32Array(length));
    const output = new Float32Array(length);
    const jsMs = Array.from({ length: calls }, () => timeMs(() => loop(input, output, 0, length)));
    const jsMaxRelativeError = maxRelativeError(input, output, length);

    // The bytes arrive before the clock: only compiling and instantiating are timed.
    const bytes = await fetchPolyBytes();
    let start = performance.now();
    const module = await WebAssembly.compile(bytes);
    const compileMs = performance.now() - start;
    start = performance.now();
    const wasm = await instantiatePoly(module);
    const instantiateMs = performance.now() - start;
    const arrays = wasmArrays(wasm, length);
    arrays.input.set(input);
    const wasmMs = Array.from({ length: calls }, () =>
      timeMs(() => wasm.polySimd(arrays.inputOffset, arrays.outputOffset, length)),
    );
    reply({ type: "measured", jsMs, compileMs, instantiateMs, wasmMs, jsMaxRelativeError });
  } catch (error) {
    // A throw from the reader's code comes back with its line, so the editor marks it.
    reply(encodeFailure(error));
  }
};

reply({ type: "ready", timeOrigin: performance.timeOrigin });
