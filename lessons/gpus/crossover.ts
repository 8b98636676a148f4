import type { Experiment, Note, Results } from "../../kit";
import {
  CPU_NAME,
  EMULATED_WARNING,
  emulatedIn,
  gpuName,
  LARGEST_ARRAY,
  largestX,
  medianAt,
  POLY_SHADER,
  RELATIVE_TOLERANCE,
  runtimeChart,
  samplesOf,
  shaderToRun,
  trialsParam,
  xsOf,
} from "../../kit";
import sessionSource from "../../workers/gpu/session.ts?raw";
import polyKernelSource from "../../workers/kernels/poly.ts?raw";
import checkSource from "./check.ts?raw";
import { sweepCpuAgainstGpu } from "./cpu-against-gpu";
import cpuAgainstGpuSource from "./cpu-against-gpu.ts?raw";
import python from "./crossover.py?raw";
import experimentSource from "./crossover.ts?raw";
import { phasesNote } from "./phases";

/** f over N floats: one CPU core against the GPU with the transfers counted. */
export const crossover: Experiment<"maxFloats" | "trials"> = {
  id: "gpu-crossover",
  title: "f(x) = x + x² + x³ on the GPU, transfers included, against one CPU core",
  params: {
    maxFloats: LARGEST_ARRAY,
    trials: trialsParam(5),
  },
  sources: [
    { name: POLY_SHADER.name, language: "wgsl", code: POLY_SHADER.code },
    { name: "workers/kernels/poly.ts", language: "typescript", code: polyKernelSource },
    { name: "workers/gpu/session.ts", language: "typescript", code: sessionSource },
    { name: "lessons/gpus/crossover.ts", language: "typescript", code: experimentSource },
    { name: "lessons/gpus/cpu-against-gpu.ts", language: "typescript", code: cpuAgainstGpuSource },
    { name: "lessons/gpus/check.ts", language: "typescript", code: checkSource },
  ],
  task: { source: POLY_SHADER.name },
  python,
  requires: ["webgpu"],
  x: { name: "array size", unit: "floats" },

  async run({ maxFloats, trials }, context) {
    const options = {
      kernel: "poly",
      shader: shaderToRun(POLY_SHADER, context.editedCode),
      cpuName: CPU_NAME,
      maxFloats,
      trials,
    } as const;
    return { samples: await sweepCpuAgainstGpu(options, context) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  notes: (results) => [correctnessNote(results), phasesNote(results)],

  headline(results) {
    const gpu = gpuName(emulatedIn(results));
    const wins = xsOf(results).filter((x) => {
      const gpuMs = medianAt(results, gpu, x);
      const cpuMs = medianAt(results, CPU_NAME, x);
      return gpuMs !== undefined && cpuMs !== undefined && gpuMs < cpuMs;
    });
    const largest = largestX(results);
    const crossing =
      wins.length === 0
        ? `The GPU never beat one CPU core, up to ${largest.toLocaleString("en")} floats, once the transfers are counted.`
        : `The GPU, transfers included, beat one CPU core from ${(wins[0] as number).toLocaleString("en")} floats on.`;
    return emulatedIn(results) ? `${crossing} ${EMULATED_WARNING}` : crossing;
  },
};

function correctnessNote(results: Results): Note {
  const gpu = gpuName(emulatedIn(results));
  const errors = samplesOf(results, gpu)
    .map((sample) => sample.maxRelativeError)
    .filter((value): value is number => typeof value === "number");
  const worst = Math.max(...errors);
  const text =
    worst <= RELATIVE_TOLERANCE
      ? `the GPU's output matched f computed in JavaScript within ${worst.toExponential(1)} (relative) at every size.`
      : `the GPU's output differed from f computed in JavaScript by up to ${worst.toExponential(1)} (relative).`;
  return { label: "Checked against JS", text };
}
