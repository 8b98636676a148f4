import type { Experiment, Results, Sample } from "../../kit";
import {
  EMULATED_WARNING,
  emulatedIn,
  formatMs,
  GpuWorker,
  geometricSizes,
  LARGEST_ARRAY,
  largestX,
  medianAt,
  POLY_SHADER,
  passFields,
  runtimeChart,
  SEED,
  shaderToRun,
  sweep,
  timerNames,
  trialsParam,
} from "../../kit";
import polyPassSource from "../../workers/gpu/polyPass.ts?raw";
import python from "./async_trap.py?raw";
import experimentSource from "./async-trap.ts?raw";
import { checkedPass } from "./check";
import checkSource from "./check.ts?raw";

export const asyncTrap: Experiment<"maxFloats" | "trials"> = {
  id: "async-trap",
  title: "The asynchronous-timing trap: what a timer around submit() measures",
  params: {
    maxFloats: LARGEST_ARRAY,
    trials: trialsParam(5),
  },
  sources: [
    { name: "workers/gpu/polyPass.ts", language: "typescript", code: polyPassSource },
    { name: POLY_SHADER.name, language: "wgsl", code: POLY_SHADER.code },
    { name: "lessons/gpus/async-trap.ts", language: "typescript", code: experimentSource },
    { name: "lessons/gpus/check.ts", language: "typescript", code: checkSource },
  ],
  task: { source: POLY_SHADER.name },
  python,
  requires: ["webgpu"],
  x: { name: "array size", unit: "floats" },

  async run({ maxFloats, trials }, { signal, progress, editedCode }) {
    const xs = geometricSizes(10_000, maxFloats, Math.max(2, Math.round(Math.log10(maxFloats))));
    const gpu = await GpuWorker.start(signal);
    try {
      const prepare = { shader: shaderToRun(POLY_SHADER, editedCode), maxFloats, seed: SEED };
      const device = await gpu.prepare("poly", prepare, signal);
      const passes = await sweep({
        xs,
        series: [
          {
            name: "pass",
            run: async (floats) =>
              passFields(checkedPass(await gpu.run("poly", "gpu", floats, signal), floats)),
          },
        ],
        trials,
        warmup: 2,
        signal,
        onProgress: progress,
      });
      // Every pass gives all three timings, each timed in the GPU worker; each becomes a
      // sample of its own series.
      const names = timerNames(device.emulated);
      const samples = passes.flatMap((pass): Sample[] => [
        { ...pass, series: names.submit, ms: pass.submitMs as number },
        { ...pass, series: names.compute, ms: pass.computeMs as number },
        { ...pass, series: names.whole, ms: pass.totalMs as number },
      ]);
      return { samples };
    } finally {
      gpu.terminate();
    }
  },

  chart: (results, Plot) =>
    runtimeChart(results, Plot, { x: "log", y: "log", yLabel: "measured time" }),

  expects: {
    claim:
      "At the largest array, a timer around submit() alone measures less than a tenth of the time the work takes to finish (medians).",
    holds(results) {
      const ratio = workOverSubmit(results);
      return ratio === null ? null : ratio > 10;
    },
    gpu: true,
  },
  prediction: {
    kind: "number",
    unit: "× longer (the work than the timer around submit() alone, at the largest array)",
    answer: workOverSubmit,
  },
  headline(results) {
    const names = timerNames(emulatedIn(results));
    const x = largestX(results);
    const submit = medianAt(results, names.submit, x);
    const compute = medianAt(results, names.compute, x);
    if (submit === undefined || compute === undefined) return null;
    const text = `At ${x.toLocaleString("en")} floats, a timer around submit() alone said ${formatMs(submit)} ms; the work took ${formatMs(compute)} ms to finish, ${Math.round(compute / submit)}× longer.`;
    return emulatedIn(results) ? `${text} ${EMULATED_WARNING}` : text;
  },
};

/** How many times longer the work took than a timer around submit() said, at the largest size. */
function workOverSubmit(results: Results): number | null {
  const names = timerNames(emulatedIn(results));
  const x = largestX(results);
  const submit = medianAt(results, names.submit, x);
  const compute = medianAt(results, names.compute, x);
  return submit === undefined || compute === undefined || submit <= 0 ? null : compute / submit;
}
