import type { FromMatmulWorker, MatmulVariant, ToMatmulWorker } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";

export interface MatmulPass {
  /** The sum of every element of C. */
  checksum: number;
  /** The product alone, timed inside the worker. */
  kernelMs: number;
  /** The JS way only: how far 64 sampled entries of C lie from doubles (relative). */
  maxRelativeError?: number;
}

/**
 * One dedicated worker that multiplies seeded n×n float32 matrices each way (the JS reference
 * loop, WebAssembly naive, WebAssembly blocked SIMD), off the page's thread.
 *
 * @example
 * const worker = await MatmulWorker.start(signal);
 * await worker.prepare(512, 42, signal);
 * const { kernelMs } = await worker.run("blocked-simd", 256, signal);
 * worker.terminate();
 */
export class MatmulWorker {
  private constructor(private readonly channel: WorkerChannel<ToMatmulWorker, FromMatmulWorker>) {}

  /** Resolves once the worker has instantiated its WebAssembly module. */
  static async start(signal: AbortSignal): Promise<MatmulWorker> {
    const worker = new Worker(new URL("../matmul-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab matrix multiply",
    });
    return new MatmulWorker(await WorkerChannel.open(worker, { signal }));
  }

  /**
   * Room for matrices up to maxN × maxN; every product uses inputs from `seed`. With `jsKernel`
   * (the reader's edited workers/kernels/matmul.ts) the JS way runs that; throws CompileError,
   * at its line, if it does not compile.
   */
  async prepare(
    maxN: number,
    seed: number,
    signal: AbortSignal,
    jsKernel: string | null = null,
  ): Promise<void> {
    await this.channel.request({ type: "prepare", maxN, seed, jsKernel }, signal);
  }

  async run(variant: MatmulVariant, n: number, signal: AbortSignal): Promise<MatmulPass> {
    const reply = await this.channel.request({ type: "run", variant, n }, signal);
    if (reply.type !== "ran") throw new Error(`Unexpected reply ${reply.type}`);
    const { checksum, kernelMs, maxRelativeError } = reply;
    return { checksum, kernelMs, ...(maxRelativeError === undefined ? {} : { maxRelativeError }) };
  }

  terminate(): void {
    this.channel.close();
  }
}
