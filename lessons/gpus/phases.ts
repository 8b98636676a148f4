import type { Note, Results } from "../../kit";
import { emulatedIn, formatMs, gpuName, largestX, medianField } from "../../kit";

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
