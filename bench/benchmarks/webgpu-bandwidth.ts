import { RELATIVE_TOLERANCE } from "../../kit/gpuSeries";
import { POLY_SHADER } from "../../kit/shaders";
import { GpuWorker } from "../../workers/gpu/host/gpuWorker";
import type { Row } from "./row";
import { median } from "./timing";

const SIZES = [1_000_000, 10_000_000];
const WARM_UP_PASSES = 3;
const ROUNDS = 9;
const SEED = 20_260_601;
/** Bytes each float costs: f reads it and writes its result. */
const BYTES_PER_FLOAT = 8;

/**
 * Throughput of f(x) = x + x² + x³ over 1e6 and 1e7 float32s on the GPU through WebGPU, in GB/s
 * of bytes read plus written, with the upload and the readback inside the clock (the GPU
 * worker's `performance.now()` around writeBuffer, the compute pass, copy and mapAsync). The
 * device, pipeline and buffers are made first; 3 untimed passes, then 9 timed; the median. A
 * pass whose output differs from f in JS throws. On a software adapter the unit says
 * "CPU-emulated GPU": the number is then the CPU's.
 */
export async function webgpuBandwidth(): Promise<Row[]> {
  const signal = new AbortController().signal;
  const gpu = await GpuWorker.start(signal);
  try {
    const prepare = { shader: POLY_SHADER, maxFloats: Math.max(...SIZES), seed: SEED };
    const device = await gpu.prepare("poly", prepare, signal);
    const rows: Row[] = [];
    for (const floats of SIZES) {
      const pass = async () => {
        const { totalMs, check } = await gpu.run("poly", "gpu", floats, signal);
        if (check.kernel !== "poly" || !(check.maxRelativeError <= RELATIVE_TOLERANCE)) {
          throw new Error(`The GPU's output differs from f in JS at ${floats} floats.`);
        }
        return totalMs;
      };
      for (let i = 0; i < WARM_UP_PASSES; i++) await pass();
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) times.push(await pass());
      rows.push({
        metric: "gbps",
        subject: `webgpu@${floats === 1e6 ? "1e6" : "1e7"}`,
        value: (floats * BYTES_PER_FLOAT) / (median(times) * 1e6),
        unit: device.emulated ? "GB/s (CPU-emulated GPU)" : "GB/s",
      });
    }
    return rows;
  } finally {
    gpu.terminate();
  }
}
