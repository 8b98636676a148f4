import type { Note } from "../../app/engine/experiment";
import type { Results } from "../../app/engine/results";
import { formatMs } from "../../app/notebook/format";
import { largestX, medianField } from "../pitfalls/read";
import { emulatedIn, gpuName } from "./series";

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
