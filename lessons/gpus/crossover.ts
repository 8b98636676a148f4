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
import { phasesAtLargest, phasesNote } from "./phases";

/** The prediction's choices: where the GPU, transfers included, first beats one core. */
const NEVER = "never, up to the largest array";
const CROSSINGS = [
  "below 100,000 floats",
  "from 100,000 to 1,000,000 floats",
  "above 1,000,000 floats",
  NEVER,
] as const;

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

  expects: {
    claim:
      "At the largest array, the GPU spends longer on the trip (upload and readback) than on computing f (medians).",
    holds(results) {
      const phases = phasesAtLargest(results);
      return phases === null ? null : phases.upload + phases.readback > phases.compute;
    },
    gpu: true,
  },
  prediction: {
    kind: "choice",
    choices: [...CROSSINGS],
    answer(results) {
      const first = firstWin(results);
      if (first === undefined) return xsOf(results).length === 0 ? null : NEVER;
      const index = first < 100_000 ? 0 : first <= 1_000_000 ? 1 : 2;
      return CROSSINGS[index] as string;
    },
  },
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

/** The first size at which the GPU, transfers included, beat one core (as the headline says). */
function firstWin(results: Results): number | undefined {
  const gpu = gpuName(emulatedIn(results));
  return xsOf(results).find((x) => {
    const gpuMs = medianAt(results, gpu, x);
    const cpuMs = medianAt(results, CPU_NAME, x);
    return gpuMs !== undefined && cpuMs !== undefined && gpuMs < cpuMs;
  });
}

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
