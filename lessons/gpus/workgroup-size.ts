import type { Experiment, Sample } from "../../kit";
import {
  EMULATED_WARNING,
  emulatedIn,
  formatMs,
  GpuWorker,
  medianAt,
  POLY_SHADER,
  passFields,
  runtimeChart,
  SEED,
  shaderToRun,
  sweep,
  trialsParam,
  workgroupName,
} from "../../kit";
import { checkedPass } from "./check";
import checkSource from "./check.ts?raw";
import python from "./workgroup_size.py?raw";
import experimentSource from "./workgroup-size.ts?raw";

/** 1, 2, 4 … 256 invocations per workgroup: 256 is WebGPU's guaranteed maximum. */
const WORKGROUP_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256];

export const workgroupSize: Experiment<"floats" | "trials"> = {
  id: "workgroup-size",
  title: "Workgroup size against compute time",
  params: {
    floats: {
      label: "Array size",
      default: 1_000_000,
      quick: 100_000,
      min: 10_000,
      max: 16_000_000,
      step: 1,
      unit: "floats",
      control: "number",
    },
    trials: trialsParam(5),
  },
  sources: [
    { name: POLY_SHADER.name, language: "wgsl", code: POLY_SHADER.code },
    { name: "lessons/gpus/workgroup-size.ts", language: "typescript", code: experimentSource },
    { name: "lessons/gpus/check.ts", language: "typescript", code: checkSource },
  ],
  task: { source: POLY_SHADER.name },
  python,
  requires: ["webgpu"],
  x: { name: "workgroup size", unit: "invocations" },
  measured: "Compute time (the GPU's timestamps where it has them)",

  async run({ floats, trials }, { signal, progress, editedCode }) {
    const gpu = await GpuWorker.start(signal);
    try {
      // One pipeline per workgroup size (WORKGROUP_SIZE is an override constant), made untimed.
      const prepare = {
        shader: shaderToRun(POLY_SHADER, editedCode),
        maxFloats: floats,
        seed: SEED,
      };
      const device = await gpu.prepare(
        "poly",
        { ...prepare, workgroupSizes: WORKGROUP_SIZES },
        signal,
      );
      const passes = await sweep({
        xs: WORKGROUP_SIZES,
        series: [
          {
            name: workgroupName(device.emulated),
            run: async (size) =>
              passFields(checkedPass(await gpu.run("poly", "gpu", floats, signal, size), floats)),
          },
        ],
        trials,
        warmup: 2,
        signal,
        onProgress: progress,
      });
      // The transfers do not depend on the workgroup size: keep the compute alone.
      const samples = passes.map(
        (pass): Sample => ({
          ...pass,
          ms: (pass.gpuComputeMs ?? pass.computeMs) as number,
          wholePassMs: pass.totalMs,
        }),
      );
      return { samples };
    } finally {
      gpu.terminate();
    }
  },

  chart: (results, Plot) =>
    runtimeChart(results, Plot, { x: "log", y: "log", yLabel: "compute time" }),

  expects: {
    claim:
      "One invocation per workgroup computes slower than 64 per workgroup, beyond the trials' spread.",
    holds(results) {
      const name = workgroupName(emulatedIn(results));
      const row = (size: number) => results.summary.find((r) => r.series === name && r.x === size);
      const [one, sixtyFour] = [row(1), row(64)];
      return one && sixtyFour ? sixtyFour.q95 < one.q05 : null;
    },
    gpu: true,
  },
  prediction: {
    kind: "number",
    unit: "× slower (one invocation per workgroup than 64)",
    answer(results) {
      const name = workgroupName(emulatedIn(results));
      const one = medianAt(results, name, 1);
      const sixtyFour = medianAt(results, name, 64);
      return one === undefined || !sixtyFour ? null : one / sixtyFour;
    },
  },
  headline(results) {
    const name = workgroupName(emulatedIn(results));
    const times = WORKGROUP_SIZES.map((size) => ({ size, ms: medianAt(results, name, size) }));
    const measured = times.filter((t): t is { size: number; ms: number } => t.ms !== undefined);
    if (measured.length < 2) return null;
    const best = measured.reduce((a, b) => (b.ms < a.ms ? b : a));
    const one = measured[0] as { size: number; ms: number };
    const text = `Fastest at ${best.size} invocations per workgroup (${formatMs(best.ms)} ms); one per workgroup took ${formatMs(one.ms)} ms.`;
    return emulatedIn(results) ? `${text} ${EMULATED_WARNING}` : text;
  },
};
