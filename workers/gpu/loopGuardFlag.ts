import { LOOP_GUARD_GROUP } from "./loopGuard";

/** A guarded shader's loops reached their limit in some invocation, and were ended there. */
export class LoopLimitError extends Error {
  override name = "LoopLimitError";
  constructor(limit: number) {
    super(
      `Your shader's loops ran more than ${limit.toLocaleString("en")} steps in one invocation, so the page ended them there and threw the output away. A loop whose exit condition is never met would run forever, and a GPU cannot be interrupted in the middle of a dispatch. Check your loop bounds.`,
    );
  }
}

/**
 * The flag a guarded shader (see guardLoops) raises when it ends its loops: a 4-byte buffer at
 * group LOOP_GUARD_GROUP, cleared before each dispatch and read back after it.
 */
export class LoopGuardFlag {
  private constructor(
    /** The steps each invocation may take (loopStepLimit). */
    readonly limit: number,
    private readonly flag: GPUBuffer,
    private readonly readback: GPUBuffer,
    private readonly bindGroup: GPUBindGroup,
  ) {}

  static create(device: GPUDevice, pipeline: GPUComputePipeline, limit: number): LoopGuardFlag {
    const usage = GPUBufferUsage;
    const flag = device.createBuffer({
      size: 4,
      usage: usage.STORAGE | usage.COPY_SRC | usage.COPY_DST,
    });
    const readback = device.createBuffer({ size: 4, usage: usage.MAP_READ | usage.COPY_DST });
    const bindGroup = device.createBindGroup({
      layout: pipeline.getBindGroupLayout(LOOP_GUARD_GROUP),
      entries: [{ binding: 0, resource: { buffer: flag } }],
    });
    return new LoopGuardFlag(limit, flag, readback, bindGroup);
  }

  /** Lowers the flag and binds it to the pass: call before the dispatch. */
  arm(queue: GPUQueue, pass: GPUComputePassEncoder): void {
    queue.writeBuffer(this.flag, 0, new Uint32Array([0]));
    pass.setBindGroup(LOOP_GUARD_GROUP, this.bindGroup);
  }

  /** Copies the flag out in `encoder`, to read after it is submitted. */
  copyOut(encoder: GPUCommandEncoder): void {
    encoder.copyBufferToBuffer(this.flag, 0, this.readback, 0, 4);
  }

  /** Throws LoopLimitError if the dispatch ended a loop. */
  async check(): Promise<void> {
    await this.readback.mapAsync(GPUMapMode.READ);
    const hit = new Uint32Array(this.readback.getMappedRange())[0] !== 0;
    this.readback.unmap();
    if (hit) throw new LoopLimitError(this.limit);
  }

  destroy(): void {
    this.flag.destroy();
    this.readback.destroy();
  }
}
