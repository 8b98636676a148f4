import type { Experiment, Note } from "../../app/engine/experiment";
import { gpuHost } from "../../app/engine/gpu/host";
import { GpuPoly } from "../../app/engine/gpu/polyPass";
import { sweep } from "../../app/engine/measure";
import { trialsParam } from "../../app/engine/params";
import type { Results } from "../../app/engine/results";
import { geometricSizes } from "../../app/engine/stats";
import { runtimeChart } from "../../app/notebook/charts";
import { formatMs } from "../../app/notebook/format";
import { polyLoop } from "../../workers/kernels/poly";
import polyKernelSource from "../../workers/kernels/poly.ts?raw";
import { seededFloats } from "../../workers/kernels/seeded";
import shader from "../../workers/shaders/poly.wgsl?raw";
import { largestX, medianField, medianMs } from "../pitfalls/read";
import python from "./crossover.py?raw";
import experimentSource from "./crossover.ts?raw";
import {
  CPU_NAME,
  EMULATED_WARNING,
  emulatedIn,
  gpuName,
  LARGEST_ARRAY,
  maxRelativeError,
  RELATIVE_TOLERANCE,
  SEED,
} from "./series";

/** f over N floats: one CPU core against the GPU with the transfers counted. */
export const crossover: Experiment<"maxFloats" | "trials"> = {
  id: "gpu-crossover",
  title: "f(x) = x + x² + x³ on the GPU, transfers included, against one CPU core",
  params: {
    maxFloats: LARGEST_ARRAY,
    trials: trialsParam(5),
  },
  sources: [
    { name: "workers/shaders/poly.wgsl", language: "wgsl", code: shader },
    { name: "workers/kernels/poly.ts", language: "typescript", code: polyKernelSource },
    { name: "lessons/gpus/crossover.ts", language: "typescript", code: experimentSource },
  ],
  python,
  requires: ["webgpu"],
  x: { name: "array size", unit: "floats" },

  async run({ maxFloats, trials }, { signal, progress }) {
    // One size per factor of about 3, from a thousand floats.
    const count = Math.max(2, Math.round(2 * Math.log10(maxFloats / 1_000)) + 1);
    const xs = geometricSizes(1_000, maxFloats, count);
    // The device, the pipeline, the buffers and the inputs are all made before the clock.
    const host = await gpuHost();
    const gpu = await GpuPoly.prepare(host, shader, maxFloats);
    try {
      const input = seededFloats(maxFloats, SEED, new Float32Array(maxFloats));
      const output = new Float32Array(maxFloats);
      const samples = await sweep({
        xs,
        series: [
          {
            name: CPU_NAME,
            run: (floats) => {
              polyLoop(input, output, 0, floats);
              return {};
            },
          },
          {
            name: gpuName(host.emulated),
            run: async (floats) => {
              const inputs = input.subarray(0, floats);
              const outputs = output.subarray(0, floats);
              const times = await gpu.run(inputs, outputs);
              return { ...times, maxRelativeError: maxRelativeError(inputs, outputs) };
            },
          },
        ],
        trials,
        warmup: 2,
        signal,
        onProgress: progress,
      });
      return { samples };
    } finally {
      gpu.destroy();
    }
  },

  chart: (results) => runtimeChart(results, { x: "log", y: "log" }),

  notes: (results) => [correctnessNote(results), phasesNote(results)],

  headline(results) {
    const gpu = gpuName(emulatedIn(results));
    const sizes = [...new Set(results.summary.map((row) => row.x))].sort((a, b) => a - b);
    const wins = sizes.filter((x) => {
      const gpuMs = medianMs(results, gpu, x);
      const cpuMs = medianMs(results, CPU_NAME, x);
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
  const errors = results.samples
    .map((sample) => sample.maxRelativeError)
    .filter((value): value is number => typeof value === "number");
  const worst = Math.max(...errors);
  const text =
    worst <= RELATIVE_TOLERANCE
      ? `the GPU's output matched f computed in JavaScript within ${worst.toExponential(1)} (relative) at every size.`
      : `the GPU's output differed from f computed in JavaScript by up to ${worst.toExponential(1)} (relative).`;
  return { label: "Checked against JS", text };
}

/** Where the GPU's time went at the largest size. */
function phasesNote(results: Results): Note {
  const gpu = gpuName(emulatedIn(results));
  const x = largestX(results);
  const field = (name: string) => medianField(results, gpu, x, name);
  const [upload, compute, onGpu, readback] = [
    field("uploadMs"),
    field("computeMs"),
    field("gpuComputeMs"),
    field("readbackMs"),
  ];
  const ms = (value: number | undefined) => (value === undefined ? "?" : `${formatMs(value)} ms`);
  const timestamps = onGpu === undefined ? "" : ` (${ms(onGpu)} by the GPU's own timestamps)`;
  return {
    label: `At ${x.toLocaleString("en")} floats`,
    text: `upload ${ms(upload)}, compute ${ms(compute)}${timestamps}, readback ${ms(readback)}.`,
  };
}
