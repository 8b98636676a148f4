import type { Note, Results } from "../../kit";
import { emulatedIn, formatMs, gpuName, largestX, medianField } from "../../kit";

/** The GPU's median upload, compute and readback (ms) at the largest size; null if unmeasured. */
export function phasesAtLargest(
  results: Results,
): { upload: number; compute: number; readback: number } | null {
  const gpu = gpuName(emulatedIn(results));
  const x = largestX(results);
  const [upload, compute, readback] = ["uploadMs", "computeMs", "readbackMs"].map((name) =>
    medianField(results, gpu, x, name),
  );
  if (upload === undefined || compute === undefined || readback === undefined) return null;
  return { upload, compute, readback };
}

/** Where the GPU's time went at the largest size. */
export function phasesNote(results: Results): Note {
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
