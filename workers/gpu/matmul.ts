import type { GpuHost } from "../../common/gpu/adapter";
import { compileShader } from "../../common/gpu/compile";
import type { ShaderSource } from "../../common/wire";
import { checkBufferSize } from "./limits";

/** The tile side of workers/shaders/matmul-tiled.wgsl: one workgroup per 16×16 tile of C. */
const TILE = 16;
const BYTES = Float32Array.BYTES_PER_ELEMENT;

/**
 * C = A × B for N×N float32 matrices with the tiled shader. The pipeline and buffers are made in
 * `prepare`, before any clock; `multiply` uploads, computes and reads back.
 */
export class GpuMatmul {
  private constructor(
    private readonly host: GpuHost,
    private readonly pipeline: GPUComputePipeline,
    private readonly bindGroup: GPUBindGroup,
    private readonly n: number,
    private readonly buffers: Record<"a" | "b" | "c" | "readback" | "size", GPUBuffer>,
  ) {}

  static async prepare(host: GpuHost, shader: ShaderSource, n: number): Promise<GpuMatmul> {
    const { device } = host;
    const bytes = n * n * BYTES;
    checkBufferSize(bytes, device.limits);
    const module = await compileShader(device, shader.name, shader.code);
    const pipeline = await device.createComputePipelineAsync({
      layout: "auto",
      compute: { module, entryPoint: "main" },
    });
    const input = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
    const buffers = {
      a: device.createBuffer({ size: bytes, usage: input }),
      b: device.createBuffer({ size: bytes, usage: input }),
      c: device.createBuffer({
        size: bytes,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      }),
      readback: device.createBuffer({
        size: bytes,
        usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
      }),
      size: device.createBuffer({
        size: 4,
        usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
      }),
    };
    device.queue.writeBuffer(buffers.size, 0, new Uint32Array([n]));
    const bindGroup = device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: (["a", "b", "c", "size"] as const).map((name, binding) => ({
        binding,
        resource: { buffer: buffers[name] },
      })),
    });
    return new GpuMatmul(host, pipeline, bindGroup, n, buffers);
  }

  async upload(a: Float32Array, b: Float32Array): Promise<void> {
    const { queue } = this.host.device;
    queue.writeBuffer(this.buffers.a, 0, a);
    queue.writeBuffer(this.buffers.b, 0, b);
    await queue.onSubmittedWorkDone();
  }

  /** One multiply of the uploaded matrices, until the GPU has finished it. */
  async compute(): Promise<void> {
    const { device } = this.host;
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, this.bindGroup);
    const tiles = Math.ceil(this.n / TILE);
    pass.dispatchWorkgroups(tiles, tiles);
    pass.end();
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
  }

  /** C, copied back from the GPU. */
  async readback(): Promise<Float32Array> {
    const { device } = this.host;
    const { c, readback } = this.buffers;
    const encoder = device.createCommandEncoder();
    encoder.copyBufferToBuffer(c, 0, readback, 0, c.size);
    device.queue.submit([encoder.finish()]);
    await readback.mapAsync(GPUMapMode.READ);
    const result = new Float32Array(readback.getMappedRange().slice(0));
    readback.unmap();
    return result;
  }

  destroy(): void {
    for (const buffer of Object.values(this.buffers)) buffer.destroy();
  }
}
