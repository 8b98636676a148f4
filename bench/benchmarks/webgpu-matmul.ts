import { checkedMultiply, TILED_MATMUL } from "../../lab/gpu-matmul-check";
import { GpuWorker } from "../../workers/gpu/host/gpuWorker";
import type { Row } from "./row";
import { median } from "./timing";

const N = 512;
const WARM_UP_PASSES = 2;
const ROUNDS = 7;
const SEED = 20_260_601;

/**
 * GFLOP/s of C = A × B for N = 512 float32 matrices with the tiled WebGPU shader
 * (workers/shaders/matmul-tiled.wgsl), counting 2·N³ operations, in the GPU worker. A and B are
 * uploaded once, untimed: the clock (the worker's) runs from submit until the queue says the
 * multiply is done. 2 untimed passes, then 7 timed; the median. After each pass, untimed, 64
 * entries of C are checked against JS dot products as the lab checks them (lab/gpu-matmul-check.ts);
 * a wrong result throws. On a software adapter the unit says so.
 */
export async function webgpuMatmul(): Promise<Row[]> {
  const signal = new AbortController().signal;
  const gpu = await GpuWorker.start(signal);
  try {
    const device = await gpu.prepareMatmul(TILED_MATMUL, N, SEED, signal);
    const pass = () => checkedMultiply(gpu, signal);
    for (let i = 0; i < WARM_UP_PASSES; i++) await pass();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) times.push(await pass());
    return [
      {
        metric: "gflops",
        subject: `webgpu-tiled@${N}`,
        value: (2 * N ** 3) / (median(times) * 1e6),
        unit: device.emulated ? "GFLOP/s (CPU-emulated GPU)" : "GFLOP/s",
      },
    ];
  } finally {
    gpu.terminate();
  }
}
