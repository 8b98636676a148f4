import { compileShader } from "./compile";
import type { GpuHost } from "./host";
import { GpuUnavailableError } from "./host";
import { bufferTooLarge, dispatchSize } from "./limits";

/** One pass of f over the floats, each phase timed apart, in ms. */
export interface GpuPassTimes {
  /** writeBuffer until the queue has the data (onSubmittedWorkDone). */
  uploadMs: number;
  /** How long the `submit()` call itself took: what a timer around it alone would report. */
  submitMs: number;
  /** From submit until the queue says the work is done. */
  computeMs: number;
  /** The pass as the GPU's own timestamps measured it; absent without `timestamp-query`. */
  gpuComputeMs?: number;
  /** Copying the output to a mappable buffer and mapping it. */
  readbackMs: number;
}

const BYTES = Float32Array.BYTES_PER_ELEMENT;

/**
 * f(x) = x + x·x + x·x·x on the GPU, from workers/shaders/poly.wgsl. Everything that is not the
 * work (the pipeline, the buffers for the largest size) is made in `prepare`, before any clock.
 */
export class GpuPoly {
  private constructor(
    private readonly host: GpuHost,
    private readonly pipeline: GPUComputePipeline,
    private readonly workgroupSize: number,
    private readonly buffers: {
      input: GPUBuffer;
      output: GPUBuffer;
      readback: GPUBuffer;
      queries?: { set: GPUQuerySet; resolve: GPUBuffer; read: GPUBuffer };
    },
  ) {}

  static async prepare(
    host: GpuHost,
    shader: string,
    maxFloats: number,
    workgroupSize = 64,
  ): Promise<GpuPoly> {
    const { device } = host;
    const bytes = maxFloats * BYTES;
    const tooLarge = bufferTooLarge(bytes, device.limits);
    if (tooLarge) throw new GpuUnavailableError(tooLarge);
    const module = await compileShader(device, "workers/shaders/poly.wgsl", shader);
    const pipeline = await device.createComputePipelineAsync({
      layout: "auto",
      compute: { module, entryPoint: "main", constants: { WORKGROUP_SIZE: workgroupSize } },
    });
    const storage = GPUBufferUsage.STORAGE;
    const buffers = {
      input: device.createBuffer({ size: bytes, usage: storage | GPUBufferUsage.COPY_DST }),
      output: device.createBuffer({ size: bytes, usage: storage | GPUBufferUsage.COPY_SRC }),
      readback: device.createBuffer({
        size: bytes,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
      ...(host.timestamps
        ? {
            queries: {
              set: device.createQuerySet({ type: "timestamp", count: 2 }),
              resolve: device.createBuffer({
                size: 16,
                usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
              }),
              read: device.createBuffer({
                size: 16,
                usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
              }),
            },
          }
        : {}),
    };
    return new GpuPoly(host, pipeline, workgroupSize, buffers);
  }

  /** f over `input` into `output` (both of the same length), each phase timed apart. */
  async run(input: Float32Array, output: Float32Array): Promise<GpuPassTimes> {
    const { device } = this.host;
    const { queue } = device;
    const { buffers } = this;
    const bytes = input.length * BYTES;

    let start = performance.now();
    queue.writeBuffer(buffers.input, 0, input);
    await queue.onSubmittedWorkDone();
    const uploadMs = performance.now() - start;

    // A bind group over exactly this many floats, so arrayLength() in the shader is the length.
    const bindGroup = device.createBindGroup({
      layout: this.pipeline.getBindGroupLayout(0),
      entries: [
        { binding: 0, resource: { buffer: buffers.input, size: bytes } },
        { binding: 1, resource: { buffer: buffers.output, size: bytes } },
      ],
    });
    const encoder = device.createCommandEncoder();
    const { queries } = buffers;
    const pass = encoder.beginComputePass(
      queries
        ? {
            timestampWrites: {
              querySet: queries.set,
              beginningOfPassWriteIndex: 0,
              endOfPassWriteIndex: 1,
            },
          }
        : {},
    );
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(...dispatchSize(input.length, this.workgroupSize));
    pass.end();
    if (queries) {
      encoder.resolveQuerySet(queries.set, 0, 2, queries.resolve, 0);
      encoder.copyBufferToBuffer(queries.resolve, 0, queries.read, 0, 16);
    }
    const commands = encoder.finish();

    start = performance.now();
    queue.submit([commands]);
    const submitMs = performance.now() - start;
    await queue.onSubmittedWorkDone();
    const computeMs = performance.now() - start;
    const gpuComputeMs = queries ? await readTimestamps(queries.read) : undefined;

    start = performance.now();
    const copy = device.createCommandEncoder();
    copy.copyBufferToBuffer(buffers.output, 0, buffers.readback, 0, bytes);
    queue.submit([copy.finish()]);
    await buffers.readback.mapAsync(GPUMapMode.READ, 0, bytes);
    output.set(new Float32Array(buffers.readback.getMappedRange(0, bytes)));
    buffers.readback.unmap();
    const readbackMs = performance.now() - start;

    return {
      uploadMs,
      submitMs,
      computeMs,
      readbackMs,
      ...(gpuComputeMs === undefined ? {} : { gpuComputeMs }),
    };
  }

  destroy(): void {
    const { input, output, readback, queries } = this.buffers;
    for (const buffer of [input, output, readback, queries?.resolve, queries?.read]) {
      buffer?.destroy();
    }
    queries?.set.destroy();
  }
}

/** The pass's duration from its two GPU timestamps (nanoseconds). */
async function readTimestamps(read: GPUBuffer): Promise<number> {
  await read.mapAsync(GPUMapMode.READ);
  const [begin = 0n, end = 0n] = new BigUint64Array(read.getMappedRange());
  read.unmap();
  return Number(end - begin) / 1e6;
}
