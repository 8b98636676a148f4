import type { Note, Results, Series, Source } from "../../kit";
import { GpuRefusedError, GpuWorker, gpuName, POLY_SHADER } from "../../kit";
import gpuLineSource from "./gpu-series.ts?raw";

/** What the GPU line runs, shown in the cell beside the other lines' code. */
export const GPU_LINE_SOURCES: Source[] = [
  { name: POLY_SHADER.name, language: "wgsl", code: POLY_SHADER.code },
  { name: "lessons/vectorization/gpu-series.ts", language: "typescript", code: gpuLineSource },
];

/** The GPU line of the vectorization chart, and its worker, which the run must terminate. */
export interface GpuLine {
  series: Series;
  terminate(): void;
}

/**
 * f over the same seeded floats through workers/shaders/poly.wgsl in the GPU worker, prepared
 * before the clock. A pass is one end-to-end number: upload, compute and readback, timed in the
 * worker (`kernelMs`, as the other lines). Null when this browser has no WebGPU adapter.
 */
export async function startGpuLine(
  largest: number,
  seed: number,
  signal: AbortSignal,
): Promise<GpuLine | null> {
  const gpu = await GpuWorker.start(signal);
  try {
    const device = await gpu.prepare(
      "poly",
      { shader: POLY_SHADER, maxFloats: largest, seed },
      signal,
    );
    return {
      series: {
        name: gpuName(device.emulated),
        run: async (floats) => {
          const { totalMs, check } = await gpu.run("poly", "gpu", floats, signal);
          return { kernelMs: totalMs, checksum: check.kernel === "poly" ? check.checksum : NaN };
        },
      },
      terminate: () => gpu.terminate(),
    };
  } catch (error) {
    gpu.terminate();
    if (error instanceof GpuRefusedError && error.reason === "unavailable") return null;
    throw error;
  }
}

/** Why the chart has no GPU line, when it has none. */
export function missingGpuNote(results: Results): Note[] {
  if (results.summary.some((row) => row.series.startsWith("WebGPU"))) return [];
  const why =
    results.environment.gpu === null
      ? "this browser offered no WebGPU adapter (see Environment)"
      : "the page has WebGPU, but the GPU worker got no adapter";
  return [{ label: "No WebGPU line", text: `${why}; the other lines ran as usual.` }];
}
