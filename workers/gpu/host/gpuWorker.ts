import { GpuRefusedError } from "../../../common/gpu/refused";
import type {
  FromGpuWorker,
  GpuDeviceInfo,
  GpuKernel,
  GpuPassTimes,
  PassCheck,
  ShaderSource,
  ToGpuWorker,
} from "../../../common/wire";
import { type Answer, WorkerChannel } from "../../../common/workerChannel";

export { GpuRefusedError };

export interface GpuPrepareOptions {
  shader: ShaderSource;
  maxFloats: number;
  seed: number;
  /** poly only: one pipeline per size (the shader's WORKGROUP_SIZE override); 64 by default. */
  workgroupSizes?: number[];
}

/** One timed pass, as the worker measured it, and its check against JS. */
export interface GpuPass {
  totalMs: number;
  phases?: GpuPassTimes;
  check: PassCheck;
}

/**
 * The GPU worker (workers/gpu/gpu-worker.ts): it holds the WebGPU device and runs the passes, so
 * the page's thread only sends messages. One per run, like the other workers.
 *
 * @example
 * const gpu = await GpuWorker.start(signal);
 * const device = await gpu.prepare("poly", { shader, maxFloats: 1e6, seed: 42 }, signal);
 * const { totalMs, phases, check } = await gpu.run("poly", "gpu", 1e6, signal);
 * gpu.terminate();
 */
export class GpuWorker {
  private constructor(private readonly channel: WorkerChannel<ToGpuWorker, FromGpuWorker>) {}

  static async start(signal: AbortSignal): Promise<GpuWorker> {
    const worker = new Worker(new URL("../gpu-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab GPU",
    });
    return new GpuWorker(await WorkerChannel.open(worker, { signal }));
  }

  /**
   * Gets a device (a new one if the last was lost), then builds the kernel's pipelines and
   * buffers and makes seeded inputs, all before any clock. Throws GpuRefusedError when there is
   * no adapter, the shader does not compile, or the buffers exceed the device's limits.
   */
  async prepare(
    kernel: GpuKernel,
    { shader, maxFloats, seed, workgroupSizes = [64] }: GpuPrepareOptions,
    signal: AbortSignal,
  ): Promise<GpuDeviceInfo> {
    const request = { type: "prepare", kernel, shader, maxFloats, seed, workgroupSizes } as const;
    const reply = await this.request(request, signal);
    if (reply.type !== "prepared") throw new Error(`Unexpected reply ${reply.type}`);
    return reply.device;
  }

  /** One pass over the first `length` inputs, on the GPU or as the JS loop in the worker. */
  async run(
    kernel: GpuKernel,
    on: "gpu" | "cpu",
    length: number,
    signal: AbortSignal,
    workgroupSize = 64,
  ): Promise<GpuPass> {
    const reply = await this.request({ type: "run", kernel, on, length, workgroupSize }, signal);
    if (reply.type !== "ran") throw new Error(`Unexpected reply ${reply.type}`);
    const { totalMs, phases, check } = reply;
    return { totalMs, check, ...(phases ? { phases } : {}) };
  }

  /** Seeded n×n matrices A and B (seeds `seed`, `seed + 1`), uploaded once, before any clock. */
  async prepareMatmul(
    shader: ShaderSource,
    n: number,
    seed: number,
    signal: AbortSignal,
  ): Promise<GpuDeviceInfo> {
    const reply = await this.request({ type: "prepare-matmul", shader, n, seed }, signal);
    if (reply.type !== "prepared") throw new Error(`Unexpected reply ${reply.type}`);
    return reply.device;
  }

  /** One C = A·B: the compute time, and how far sampled entries of C lie from JS. */
  async multiply(signal: AbortSignal): Promise<{ computeMs: number; maxRelativeError: number }> {
    const reply = await this.request({ type: "multiply" }, signal);
    if (reply.type !== "multiplied") throw new Error(`Unexpected reply ${reply.type}`);
    return { computeMs: reply.computeMs, maxRelativeError: reply.maxRelativeError };
  }

  /** Test only: destroys the device, as a driver reset would lose it. */
  async loseDevice(signal: AbortSignal): Promise<void> {
    await this.request({ type: "lose-device" }, signal);
  }

  terminate(): void {
    this.channel.close();
  }

  private async request(message: ToGpuWorker, signal: AbortSignal): Promise<Answer<FromGpuWorker>> {
    const reply = await this.channel.request(message, signal);
    if (reply.type === "refused") throw new GpuRefusedError(reply.reason, reply.message);
    return reply;
  }
}
