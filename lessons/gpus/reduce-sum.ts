import type { Experiment, Note, Results } from "../../kit";
import {
  EMULATED_WARNING,
  emulatedIn,
  formatMs,
  gpuName,
  LARGEST_ARRAY,
  largestX,
  medianAt,
  REDUCE_SHADER,
  runtimeChart,
  SUM_CPU_NAME,
  samplesOf,
  shaderToRun,
  sumTolerance,
  treeDepth,
  trialsParam,
} from "../../kit";
import reducePassSource from "../../workers/gpu/reducePass.ts?raw";
import sumKernelSource from "../../workers/kernels/sum.ts?raw";
import checkSource from "./check.ts?raw";
import { sweepCpuAgainstGpu } from "./cpu-against-gpu";
import cpuAgainstGpuSource from "./cpu-against-gpu.ts?raw";
import { phasesAtLargest, phasesNote } from "./phases";
import python from "./reduce_sum.py?raw";
import experimentSource from "./reduce-sum.ts?raw";

/** The sum of N floats: one CPU core against the GPU's tree, transfers counted and timed apart. */
export const reduceSum: Experiment<"maxFloats" | "trials"> = {
  id: "gpu-sum",
  title: "The sum of N floats: a tree on the GPU against a loop on one CPU core",
  params: {
    maxFloats: LARGEST_ARRAY,
    trials: trialsParam(5),
  },
  sources: [
    { name: REDUCE_SHADER.name, language: "wgsl", code: REDUCE_SHADER.code },
    { name: "workers/gpu/reducePass.ts", language: "typescript", code: reducePassSource },
    { name: "workers/kernels/sum.ts", language: "typescript", code: sumKernelSource },
    { name: "lessons/gpus/reduce-sum.ts", language: "typescript", code: experimentSource },
    { name: "lessons/gpus/cpu-against-gpu.ts", language: "typescript", code: cpuAgainstGpuSource },
    { name: "lessons/gpus/check.ts", language: "typescript", code: checkSource },
  ],
  task: { source: REDUCE_SHADER.name },
  python,
  requires: ["webgpu"],
  x: { name: "array size", unit: "floats" },

  async run({ maxFloats, trials }, context) {
    const options = {
      kernel: "reduce",
      shader: shaderToRun(REDUCE_SHADER, context.editedCode),
      cpuName: SUM_CPU_NAME,
      maxFloats,
      trials,
    } as const;
    return { samples: await sweepCpuAgainstGpu(options, context) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  notes: (results) => [accuracyNote(results), phasesNote(results)],

  expects: {
    claim:
      "At the largest array, the GPU's upload of every float takes longer than its readback of one (medians).",
    holds(results) {
      const phases = phasesAtLargest(results);
      return phases === null ? null : phases.upload > phases.readback;
    },
    gpu: true,
  },
  prediction: {
    kind: "choice",
    choices: ["upload", "compute", "readback"],
    answer(results) {
      const phases = phasesAtLargest(results);
      if (phases === null) return null;
      const steps = Object.entries(phases) as [string, number][];
      return steps.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    },
  },
  headline(results) {
    const x = largestX(results);
    const gpuMs = medianAt(results, gpuName(emulatedIn(results)), x);
    const cpuMs = medianAt(results, SUM_CPU_NAME, x);
    if (gpuMs === undefined || cpuMs === undefined) return null;
    const text = `At ${x.toLocaleString("en")} floats the GPU's sum took ${formatMs(gpuMs)} ms with the transfers; the JS loop took ${formatMs(cpuMs)} ms.`;
    return emulatedIn(results) ? `${text} ${EMULATED_WARNING}` : text;
  },
};

/** The GPU's float32 sums against the float64 sums, and the bound they must stay within. */
function accuracyNote(results: Results): Note {
  const gpu = gpuName(emulatedIn(results));
  const checked = samplesOf(results, gpu).map((sample) => {
    const exact = sample.exactSum as number;
    const error = Math.abs((sample.sum as number) - exact) / exact;
    return { x: sample.x, error, within: error <= sumTolerance(sample.x) };
  });
  const largest = largestX(results);
  const worst = Math.max(...checked.filter((c) => c.x === largest).map((c) => c.error));
  const bound = `${treeDepth(largest)} × 2⁻²⁴ ≈ ${sumTolerance(largest).toExponential(1)}`;
  const text = checked.every((c) => c.within)
    ? `every GPU sum was within its float32 bound of the float64 sum; at ${largest.toLocaleString("en")} floats off by ${worst.toExponential(1)} (relative), bound ${bound}.`
    : `some GPU sums missed their float32 bound (at ${largest.toLocaleString("en")} floats: ${worst.toExponential(1)}, bound ${bound}).`;
  return { label: "Checked against JS", text };
}
