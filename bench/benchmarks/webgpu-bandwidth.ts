import { gpuHost } from "../../app/engine/gpu/host";
import { GpuPoly } from "../../app/engine/gpu/polyPass";
import { seededFloats } from "../../workers/kernels/seeded";
import shader from "../../workers/shaders/poly.wgsl?raw";
import type { Row } from "./row";
import { median, timeMs } from "./timing";

const SIZES = [1_000_000, 10_000_000];
const WARM_UP_PASSES = 3;
const ROUNDS = 9;
const SEED = 20_260_601;
/** Bytes each float costs: f reads it and writes its result. */
const BYTES_PER_FLOAT = 8;

/**
 * Throughput of f(x) = x + x² + x³ over 1e6 and 1e7 float32s on the GPU through WebGPU, in GB/s
 * of bytes read plus written, with the upload and the readback inside the clock (the page's
 * `performance.now()` around `GpuPoly.run`: writeBuffer, the compute pass, copy and mapAsync).
 * The device, pipeline and buffers are made first; 3 untimed passes, then 9 timed; the median.
 * On a software adapter the unit says "CPU-emulated GPU": the number is then the CPU's.
 */
export async function webgpuBandwidth(): Promise<Row[]> {
  const host = await gpuHost();
  const largest = Math.max(...SIZES);
  const gpu = await GpuPoly.prepare(host, shader, largest);
  try {
    const input = seededFloats(largest, SEED, new Float32Array(largest));
    const output = new Float32Array(largest);
    const rows: Row[] = [];
    for (const floats of SIZES) {
      const pass = () => gpu.run(input.subarray(0, floats), output.subarray(0, floats));
      for (let i = 0; i < WARM_UP_PASSES; i++) await pass();
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) times.push(await timeMs(pass));
      rows.push({
        metric: "gbps",
        subject: `webgpu@${floats === 1e6 ? "1e6" : "1e7"}`,
        value: (floats * BYTES_PER_FLOAT) / (median(times) * 1e6),
        unit: host.emulated ? "GB/s (CPU-emulated GPU)" : "GB/s",
      });
    }
    return rows;
  } finally {
    gpu.destroy();
  }
}
