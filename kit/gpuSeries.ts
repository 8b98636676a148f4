import type { Results, Sample } from "../common/results";
import type { ParamSpec } from "../engine/experiment";
import type { GpuPass } from "../workers/gpu/host/gpuWorker";

export const SEED = 20_260_601;

/** A pass's phases and its check against JS, as the fields of one sample. */
export function passFields({ totalMs, phases, check }: GpuPass) {
  const { kernel: _, ...checked } = check;
  return { totalMs, ...phases, ...checked };
}

/**
 * A sample whose time is the worker's own clock around the pass (`totalMs`), not the message
 * round trip the sweep timed (kept as `roundTripMs`): at small sizes the messages would hide
 * the work.
 */
export const timedInWorker = (sample: Sample): Sample => ({
  ...sample,
  ms: sample.totalMs as number,
  roundTripMs: sample.ms,
});

/** The GPU's series name; a software adapter says so wherever the series appears. */
export const gpuName = (emulated: boolean, what = "upload + compute + readback") =>
  `WebGPU${emulated ? " (CPU-emulated GPU)" : ""}: ${what}`;

export const CPU_NAME = "JS: typed-array loop (one core)";

/** Whether the run's adapter was a software one, from the results' environment. */
export const emulatedIn = (results: Results) => results.environment.gpu?.emulated === true;

/** Said under every GPU headline when the adapter is a software one. */
export const EMULATED_WARNING =
  "This adapter is a CPU-emulated GPU (a software renderer): these numbers say nothing about a real GPU.";

/** Relative tolerance for f32 against doubles: a few roundings of 2⁻²⁴ each, with room. */
export const RELATIVE_TOLERANCE = 1e-4;

/** Each GPU pass is timed three ways at once: around submit() only, until done, and whole. */
export const timerNames = (emulated: boolean) => ({
  submit: gpuName(emulated, "timer around submit() only"),
  compute: gpuName(emulated, "submit until the work is done"),
  whole: gpuName(emulated, "upload + compute + readback"),
});

/** The workgroup-size experiment's one series: the compute pass alone. */
export const workgroupName = (emulated: boolean) => gpuName(emulated, "compute");

/** The GPU sweeps' largest array: 1e7 floats by default, as in the vectorization lesson. */
export const LARGEST_ARRAY: ParamSpec = {
  label: "Largest array",
  default: 10_000_000,
  quick: 100_000,
  min: 10_000,
  max: 30_000_000,
  step: 1,
  unit: "floats",
  control: "number",
};

/** The sum experiment's CPU line: a plain loop, which JavaScript adds in doubles. */
export const SUM_CPU_NAME = "JS: sum loop in doubles (one core)";
