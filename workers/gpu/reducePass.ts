import type { GpuHost } from "../../common/gpu/adapter";
import { compileShader } from "../../common/gpu/compile";
import { FLOATS_PER_WORKGROUP, reductionSteps } from "../../common/gpu/reduceTree";
import type { GpuPassTimes, ShaderSource } from "../../common/wire";
import { checkBufferSize, dispatchSize } from "./limits";
import { PassTimestamps } from "./timestamps";

const BYTES = Float32Array.BYTES_PER_ELEMENT;

/**
 * The sum of N floats on the GPU (workers/shaders/reduce-sum.wgsl), one dispatch per level of
 * 512 → 1, all in one compute pass; the partial sums stay on the GPU and only the final float is
 * read back. The pipeline and buffers for the largest size are made in `prepare`, untimed.
 */
export class GpuReduce {
  private constructor(
    private readonly host: GpuHost,
    private readonly pipeline: GPUComputePipeline,
    private readonly buffers: {
      input: GPUBuffer;
      partials: [GPUBuffer, GPUBuffer];
      readback: GPUBuffer;
    },
    private readonly timestamps: PassTimestamps | null,
  ) {}

  static async prepare(host: GpuHost, shader: ShaderSource, maxFloats: number): Promise<GpuReduce> {
    const { device } = host;
    checkBufferSize(maxFloats * BYTES, device.limits);
    const module = await compileShader(device, shader.name, shader.code);
    const pipeline = await device.createComputePipelineAsync({
      layout: "auto",
      compute: { module, entryPoint: "main" },
    });
    const partial = () =>
      device.createBuffer({
        size: Math.ceil(maxFloats / FLOATS_PER_WORKGROUP) * BYTES,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
    const buffers = {
      input: device.createBuffer({
        size: maxFloats * BYTES,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC,
      }),
      partials: [partial(), partial()] as [GPUBuffer, GPUBuffer],
      readback: device.createBuffer({
        size: BYTES,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
    };
    const timestamps = host.timestamps ? PassTimestamps.create(device) : null;
    return new GpuReduce(host, pipeline, buffers, timestamps);
  }

  /** The sum of `input` (at least one float), each phase timed apart. */
  async run(input: Float32Array): Promise<{ sum: number; times: GpuPassTimes }> {
    const { device } = this.host;
    const { queue } = device;
    const { buffers, timestamps } = this;

    let start = performance.now();
    queue.writeBuffer(buffers.input, 0, input);
    await queue.onSubmittedWorkDone();
    const uploadMs = performance.now() - start;

    // Ping-pong: input → partials[0] → partials[1] → partials[0] … Each bind group covers
    // exactly the live floats, so arrayLength() in the shader is the length.
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass(timestamps?.passDescriptor ?? {});
    pass.setPipeline(this.pipeline);
    let from = buffers.input;
    for (const [step, m] of reductionSteps(input.length).entries()) {
      const to = buffers.partials[step % 2] as GPUBuffer;
      const groups = Math.ceil(m / FLOATS_PER_WORKGROUP);
      pass.setBindGroup(
        0,
        device.createBindGroup({
          layout: this.pipeline.getBindGroupLayout(0),
          entries: [
            { binding: 0, resource: { buffer: from, size: m * BYTES } },
            { binding: 1, resource: { buffer: to, size: groups * BYTES } },
          ],
        }),
      );
      pass.dispatchWorkgroups(...dispatchSize(m, FLOATS_PER_WORKGROUP));
      from = to;
    }
    pass.end();
    timestamps?.resolve(encoder);
    const commands = encoder.finish();

    start = performance.now();
    queue.submit([commands]);
    const submitMs = performance.now() - start;
    await queue.onSubmittedWorkDone();
    const computeMs = performance.now() - start;
    const gpuComputeMs = await timestamps?.readMs();

    start = performance.now();
    const copy = device.createCommandEncoder();
    // The last dispatch had one workgroup: its one partial is the sum.
    copy.copyBufferToBuffer(from, 0, buffers.readback, 0, BYTES);
    queue.submit([copy.finish()]);
    await buffers.readback.mapAsync(GPUMapMode.READ);
    const sum = new Float32Array(buffers.readback.getMappedRange())[0] as number;
    buffers.readback.unmap();
    const readbackMs = performance.now() - start;

    const times = { uploadMs, submitMs, computeMs, readbackMs };
    return { sum, times: gpuComputeMs === undefined ? times : { ...times, gpuComputeMs } };
  }

  destroy(): void {
    const { input, partials, readback } = this.buffers;
    for (const buffer of [input, ...partials, readback]) buffer.destroy();
    this.timestamps?.destroy();
  }
}
