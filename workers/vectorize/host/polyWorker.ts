import type { FromPolyWorker, PolyVariant, ToPolyWorker } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";

export interface PolyPass {
  /** The strided checksum of the output (see workers/kernels/poly.ts). */
  checksum: number;
  /** The pass alone, timed inside the worker. */
  kernelMs: number;
  /** JavaScript ways only: how far the output lies from f in doubles (relative, sampled). */
  maxRelativeError?: number;
}

/**
 * One dedicated worker that computes f(x) = x + x² + x³ every way (JavaScript, WebAssembly
 * scalar and SIMD) and copies, over the same seeded inputs, off the page's thread.
 *
 * @example
 * const worker = await PolyWorker.start(signal);
 * await worker.prepare(10_000_000, 42, signal);
 * const { checksum } = await worker.run("wasm-simd", 1_000_000, signal);
 * worker.terminate();
 */
export class PolyWorker {
  private constructor(private readonly channel: WorkerChannel<ToPolyWorker, FromPolyWorker>) {}

  /** Resolves once the worker has compiled and instantiated its WebAssembly module. */
  static async start(signal: AbortSignal): Promise<PolyWorker> {
    const worker = new Worker(new URL("../poly-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab vectorization",
    });
    return new PolyWorker(await WorkerChannel.open(worker, { signal }));
  }

  /**
   * Seeded inputs for every length up to `length`: each run uses the first floats. With
   * `jsKernels` (the reader's edited workers/kernels/poly.ts) the JavaScript ways run that;
   * throws CompileError, at its line, if it does not compile.
   */
  async prepare(
    length: number,
    seed: number,
    signal: AbortSignal,
    jsKernels: string | null = null,
  ): Promise<void> {
    await this.channel.request({ type: "prepare", length, seed, jsKernels }, signal);
  }

  async run(variant: PolyVariant, length: number, signal: AbortSignal): Promise<PolyPass> {
    const reply = await this.channel.request({ type: "run", variant, length }, signal);
    if (reply.type !== "ran") throw new Error(`Unexpected reply ${reply.type}`);
    const { checksum, kernelMs, maxRelativeError } = reply;
    return { checksum, kernelMs, ...(maxRelativeError === undefined ? {} : { maxRelativeError }) };
  }

  terminate(): void {
    this.channel.close();
  }
}
