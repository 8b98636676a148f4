/**
 * Two GPU timestamps around a compute pass (the `timestamp-query` feature), read back after the
 * pass: like a pair of CUDA events. Made before any clock, reused for every pass.
 */
export class PassTimestamps {
  private constructor(
    private readonly set: GPUQuerySet,
    private readonly resolved: GPUBuffer,
    private readonly readable: GPUBuffer,
  ) {}

  static create(device: GPUDevice): PassTimestamps {
    return new PassTimestamps(
      device.createQuerySet({ type: "timestamp", count: 2 }),
      device.createBuffer({
        size: 16,
        usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
      }),
      device.createBuffer({ size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }),
    );
  }

  /** What `beginComputePass` needs to write the two timestamps. */
  get passDescriptor(): GPUComputePassDescriptor {
    return {
      timestampWrites: { querySet: this.set, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 },
    };
  }

  /** Adds, after the pass, the commands that make the timestamps readable. */
  resolve(encoder: GPUCommandEncoder): void {
    encoder.resolveQuerySet(this.set, 0, 2, this.resolved, 0);
    encoder.copyBufferToBuffer(this.resolved, 0, this.readable, 0, 16);
  }

  /** The pass's duration from its two timestamps (nanoseconds), in ms. */
  async readMs(): Promise<number> {
    await this.readable.mapAsync(GPUMapMode.READ);
    const [begin = 0n, end = 0n] = new BigUint64Array(this.readable.getMappedRange());
    this.readable.unmap();
    return Number(end - begin) / 1e6;
  }

  destroy(): void {
    this.set.destroy();
    this.resolved.destroy();
    this.readable.destroy();
  }
}
