import { sumTolerance } from "../../common/gpu/reduceTree";
import { REDUCE_SHADER } from "../../kit/shaders";
import { GpuWorker } from "../../workers/gpu/host/gpuWorker";
import type { Row } from "./row";
import { median } from "./timing";

const FLOATS = 10_000_000;
const WARM_UP_PASSES = 3;
const ROUNDS = 9;
const SEED = 20_260_601;
/** A sum reads each float once and writes (almost) nothing. */
const BYTES_PER_FLOAT = 4;

/**
 * Throughput of the sum of 1e7 float32s on the GPU (workers/shaders/reduce-sum.wgsl), in GB/s
 * of bytes read, with the upload and the one-float readback inside the clock (the GPU worker's
 * `performance.now()` around writeBuffer, the passes, copy and mapAsync). Device, pipeline and
 * buffers are made first; 3 untimed passes, then 9 timed; the median. A sum outside its float32
 * bound of the float64 sum throws. On a software adapter the unit says "CPU-emulated GPU".
 */
export async function webgpuReduce(): Promise<Row[]> {
  const signal = new AbortController().signal;
  const gpu = await GpuWorker.start(signal);
  try {
    const prepare = { shader: REDUCE_SHADER, maxFloats: FLOATS, seed: SEED };
    const device = await gpu.prepare("reduce", prepare, signal);
    const pass = async () => {
      const { totalMs, check } = await gpu.run("reduce", "gpu", FLOATS, signal);
      const error = check.kernel === "reduce" ? Math.abs(check.sum - check.exactSum) : Number.NaN;
      if (check.kernel !== "reduce" || !(error <= sumTolerance(FLOATS) * check.exactSum)) {
        throw new Error(`The GPU's sum is off by ${error} from the float64 sum.`);
      }
      return totalMs;
    };
    for (let i = 0; i < WARM_UP_PASSES; i++) await pass();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) times.push(await pass());
    return [
      {
        metric: "gbps",
        subject: "webgpu-reduce@1e7",
        value: (FLOATS * BYTES_PER_FLOAT) / (median(times) * 1e6),
        unit: device.emulated ? "GB/s (CPU-emulated GPU)" : "GB/s",
      },
    ];
  } finally {
    gpu.terminate();
  }
}
