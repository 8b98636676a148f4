import type { ShaderSource } from "../common/wire";
import { GpuWorker } from "../workers/gpu/host/gpuWorker";
import shader from "../workers/shaders/matmul-tiled.wgsl?raw";

/** The tiled WebGPU matrix multiply: checked here, and timed by bench/benchmarks/webgpu-matmul.ts. */
export const TILED_MATMUL: ShaderSource = {
  name: "workers/shaders/matmul-tiled.wgsl",
  code: shader,
};

/** Sampled entries of C may differ from JS dot products in doubles by float32 rounding only. */
export const GPU_MATMUL_TOLERANCE = 1e-4;

const SEED = 20_260_601;

/** How far the tiled WebGPU multiply's C lies from JS dot products at one size. */
export interface GpuMatmulAgreement {
  n: number;
  maxRelativeError: number;
  tolerance: number;
}

/**
 * One C = A·B of the matrices `gpu` has prepared: its compute time. The GPU worker compares 64
 * entries of C with JS dot products after the clock; this throws where one differs by more than
 * float32 rounding.
 */
export async function checkedMultiply(gpu: GpuWorker, signal: AbortSignal): Promise<number> {
  const { computeMs, maxRelativeError } = await gpu.multiply(signal);
  if (!(maxRelativeError <= GPU_MATMUL_TOLERANCE)) {
    throw new Error(`Sampled entries of C differ from JS by up to ${maxRelativeError}.`);
  }
  return computeMs;
}

/**
 * Multiplies seeded n×n matrices with the tiled shader in a GPU worker, once for each n, and
 * measures how far sampled entries of C lie from JS dot products. Sizes that are not a multiple
 * of the 16×16 tile check the zero padding past the matrix's edge.
 */
export async function gpuMatmulAgreement(sizes: readonly number[]): Promise<GpuMatmulAgreement[]> {
  const { signal } = new AbortController();
  const gpu = await GpuWorker.start(signal);
  try {
    const agreements: GpuMatmulAgreement[] = [];
    for (const n of sizes) {
      await gpu.prepareMatmul(TILED_MATMUL, n, SEED, signal);
      const { maxRelativeError } = await gpu.multiply(signal);
      agreements.push({ n, maxRelativeError, tolerance: GPU_MATMUL_TOLERANCE });
    }
    return agreements;
  } finally {
    gpu.terminate();
  }
}
