import {
  emulatedIn,
  gpuName,
  RELATIVE_TOLERANCE,
  type Results,
  samplesOf,
  sumTolerance,
} from "../../kit";

/**
 * The GPU challenges check what holds on any adapter, a CPU-emulated one included: the edited
 * shader's text, and that its output is still right (the run also stops on a wrong pass). How
 * fast the edit runs needs a real GPU, so no check reads the clock.
 */

/** The reader's edited shader, with its comments taken out; null for the untouched cell. */
function editedShader(results: Results): string | null {
  const code = results.editedSources?.[0]?.code;
  return code === undefined ? null : code.replace(/\/\/.*$/gm, "");
}

/**
 * "f with two multiplies": the edited poly.wgsl has at most two `*` from the line that reads
 * `input[i]` to its end (Horner's form), and every pass still matched f in JavaScript.
 */
export function twoMultiplies(results: Results): boolean | null {
  const shader = editedShader(results);
  if (shader === null) return false;
  const read = shader.indexOf("input[i]");
  if (read < 0 || (shader.slice(read).match(/\*/g) ?? []).length > 2) return false;
  const passes = samplesOf(results, gpuName(emulatedIn(results)));
  if (passes.length === 0) return null;
  return passes.every(
    (pass) =>
      typeof pass.maxRelativeError === "number" && pass.maxRelativeError <= RELATIVE_TOLERANCE,
  );
}

/** The floats each invocation of reduce-sum.wgsl adds in its loop, as the lesson ships it. */
const SHIPPED_FLOATS_PER_INVOCATION = 64;

/**
 * "Twice the floats per invocation": the edited reduce-sum.wgsl adds at least 128 floats per
 * invocation, and every GPU sum stayed within its float32 bound of the sum in doubles.
 */
export function moreFloatsPerInvocation(results: Results): boolean | null {
  const shader = editedShader(results);
  if (shader === null) return false;
  const declared = /FLOATS_PER_INVOCATION\s*:\s*u32\s*=\s*(\d+)u?/.exec(shader)?.[1];
  if (declared === undefined || Number(declared) < 2 * SHIPPED_FLOATS_PER_INVOCATION) return false;
  const sums = samplesOf(results, gpuName(emulatedIn(results)));
  if (sums.length === 0) return null;
  return sums.every((sample) => {
    const { sum, exactSum } = sample;
    if (typeof sum !== "number" || typeof exactSum !== "number") return false;
    return Math.abs(sum - exactSum) / Math.abs(exactSum) <= sumTolerance(sample.x);
  });
}
