import { gpuHost } from "../../app/engine/gpu/host";
import { GpuMatmul } from "../../app/engine/gpu/matmul";
import { seededFloats } from "../../workers/kernels/seeded";
import shader from "../../workers/shaders/matmul-tiled.wgsl?raw";
import type { Row } from "./row";
import { median, timeMs } from "./timing";

const N = 512;
const WARM_UP_PASSES = 2;
const ROUNDS = 7;
const SEED = 20_260_601;
/** Entries of C checked against a JS dot product: enough to catch a wrong tile or offset. */
const CHECKED_ENTRIES = 64;

/**
 * GFLOP/s of C = A × B for N = 512 float32 matrices with the tiled WebGPU shader
 * (workers/shaders/matmul-tiled.wgsl), counting 2·N³ operations. A and B are uploaded once,
 * untimed: the clock (the page's) runs from submit until the queue says the multiply is done.
 * 2 untimed passes, then 7 timed; the median. C is read back once and 64 seeded entries are
 * checked against JS; a wrong result throws. On a software adapter the unit says so.
 */
export async function webgpuMatmul(): Promise<Row[]> {
  const host = await gpuHost();
  const gpu = await GpuMatmul.prepare(host, shader, N);
  try {
    const a = seededFloats(N * N, SEED, new Float32Array(N * N));
    const b = seededFloats(N * N, SEED + 1, new Float32Array(N * N));
    await gpu.upload(a, b);
    for (let i = 0; i < WARM_UP_PASSES; i++) await gpu.compute();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) times.push(await timeMs(() => gpu.compute()));
    checkAgainstJs(a, b, await gpu.readback());
    return [
      {
        metric: "gflops",
        subject: `webgpu-tiled@${N}`,
        value: (2 * N ** 3) / (median(times) * 1e6),
        unit: host.emulated ? "GFLOP/s (CPU-emulated GPU)" : "GFLOP/s",
      },
    ];
  } finally {
    gpu.destroy();
  }
}

/** Throws unless sampled entries of C match a JS dot product to float32 tolerance. */
function checkAgainstJs(a: Float32Array, b: Float32Array, c: Float32Array): void {
  for (let s = 0; s < CHECKED_ENTRIES; s++) {
    const index = (s * 7_919) % (N * N);
    const row = Math.floor(index / N);
    const col = index % N;
    let expected = 0;
    for (let k = 0; k < N; k++) expected += (a[row * N + k] as number) * (b[k * N + col] as number);
    const got = c[index] as number;
    if (!(Math.abs(got - expected) <= 1e-4 * Math.abs(expected))) {
      throw new Error(`C[${row}][${col}] is ${got} on the GPU but ${expected} in JS.`);
    }
  }
}
