import type { GpuHost } from "../../common/gpu/adapter";
import { compileShader } from "../../common/gpu/compile";
import type { GpuPassTimes, ShaderSource } from "../../common/wire";
import { checkBufferSize, dispatchSize } from "./limits";
import { guardLoops, LOOP_LIMIT_CONSTANT, loopStepLimit } from "./loopGuard";
import { LoopGuardFlag } from "./loopGuardFlag";
import { PassTimestamps } from "./timestamps";

const BYTES = Float32Array.BYTES_PER_ELEMENT;

/**
 * f(x) = x + x·x + x·x·x on the GPU, from workers/shaders/poly.wgsl. Everything that is not the
 * work (the pipeline, the buffers for the largest size) is made in `prepare`, before any clock.
 * It runs in the GPU worker (workers/gpu/gpu-worker.ts), off the page's thread. A shader with
 * loops (a reader's edit) runs with its loops bounded (workers/gpu/loopGuard.ts), so its dispatch
 * always ends.
 */
export class GpuPoly {
  private constructor(
    private readonly host: GpuHost,
    private readonly pipeline: GPUComputePipeline,
    private readonly workgroupSize: number,
    private readonly buffers: { input: GPUBuffer; output: GPUBuffer; readback: GPUBuffer },
    private readonly timestamps: PassTimestamps | null,
    private readonly loopGuard: LoopGuardFlag | null,
  ) {}

  static async prepare(
    host: GpuHost,
    shader: ShaderSource,
    maxFloats: number,
    workgroupSize = 64,
  ): Promise<GpuPoly> {
    const { device } = host;
    const bytes = maxFloats * BYTES;
    checkBufferSize(bytes, device.limits);
    // The shader as written first, so that compile errors point at the reader's own columns.
    const written = await compileShader(device, shader.name, shader.code);
    const guarded = guardLoops(shader.code);
    // A guard the compiler refuses (a barrier after it breaks uniformity) leaves the shader as is.
    const module = guarded
      ? await compileShader(device, shader.name, guarded).catch(() => written)
      : written;
    const isGuarded = module !== written;
    const limit = loopStepLimit(maxFloats);
    const pipeline = await device.createComputePipelineAsync({
      layout: "auto",
      compute: {
        module,
        entryPoint: "main",
        constants: {
          WORKGROUP_SIZE: workgroupSize,
          ...(isGuarded ? { [LOOP_LIMIT_CONSTANT]: limit } : {}),
        },
      },
    });
    const loopGuard = isGuarded ? LoopGuardFlag.create(device, pipeline, limit) : null;
    const storage = GPUBufferUsage.STORAGE;
    const buffers = {
      input: device.createBuffer({ size: bytes, usage: storage | GPUBufferUsage.COPY_DST }),
      output: device.createBuffer({ size: bytes, usage: storage | GPUBufferUsage.COPY_SRC }),
      readback: device.createBuffer({
        size: bytes,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
    };
    const timestamps = host.timestamps ? PassTimestamps.create(device) : null;
    return new GpuPoly(host, pipeline, workgroupSize, buffers, timestamps, loopGuard);
  }

  /** f over `input` into `output` (both of the same length), each phase timed apart. */
  async run(input: Float32Array, output: Float32Array): Promise<GpuPassTimes> {
    const { device } = this.host;
    const { queue } = device;
    const { buffers, timestamps, loopGuard } = this;
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
    const pass = encoder.beginComputePass(timestamps?.passDescriptor ?? {});
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, bindGroup);
    loopGuard?.arm(queue, pass);
    pass.dispatchWorkgroups(...dispatchSize(input.length, this.workgroupSize));
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
    copy.copyBufferToBuffer(buffers.output, 0, buffers.readback, 0, bytes);
    loopGuard?.copyOut(copy);
    queue.submit([copy.finish()]);
    await loopGuard?.check();
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
    for (const buffer of Object.values(this.buffers)) buffer.destroy();
    this.timestamps?.destroy();
    this.loopGuard?.destroy();
  }
}
