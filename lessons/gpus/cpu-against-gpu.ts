import type { GpuKernel, RunContext, Sample, ShaderSource } from "../../kit";
import {
  GpuWorker,
  geometricSizes,
  gpuName,
  passFields,
  SEED,
  sweep,
  timedInWorker,
} from "../../kit";
import { checkedPass } from "./check";

interface CpuAgainstGpu {
  kernel: GpuKernel;
  shader: ShaderSource;
  /** The name of the CPU loop's line. */
  cpuName: string;
  maxFloats: number;
  trials: number;
}

/**
 * One kernel over N floats, as a JS loop on one CPU core and on the GPU, at about three sizes
 * per factor of 10 from a thousand floats. Device, pipeline, buffers and inputs are made in the
 * GPU worker before the clock; both lines run in that worker, off the page's thread, each
 * timed by its clock. Every pass's output is checked; a wrong one stops the run.
 */
export async function sweepCpuAgainstGpu(
  { kernel, shader, cpuName, maxFloats, trials }: CpuAgainstGpu,
  { signal, progress }: Pick<RunContext, "signal" | "progress">,
): Promise<Sample[]> {
  const count = Math.max(2, Math.round(2 * Math.log10(maxFloats / 1_000)) + 1);
  const xs = geometricSizes(1_000, maxFloats, count);
  const gpu = await GpuWorker.start(signal);
  try {
    const device = await gpu.prepare(kernel, { shader, maxFloats, seed: SEED }, signal);
    const samples = await sweep({
      xs,
      series: (["cpu", "gpu"] as const).map((on) => ({
        name: on === "cpu" ? cpuName : gpuName(device.emulated),
        run: async (floats: number) =>
          passFields(checkedPass(await gpu.run(kernel, on, floats, signal), floats)),
      })),
      trials,
      warmup: 2,
      signal,
      onProgress: progress,
    });
    return samples.map(timedInWorker);
  } finally {
    gpu.terminate();
  }
}
