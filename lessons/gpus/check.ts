import type { GpuPass } from "../../kit";
import { RELATIVE_TOLERANCE, sumTolerance } from "../../kit";

/** A pass whose output is not what its kernel must compute: the run stops with this message. */
export class WrongOutputError extends Error {
  override name = "WrongOutputError";
}

/**
 * The pass, once its output passed the check the GPU worker made against JavaScript (every
 * 997th float of f, or the sum in doubles). A reader's shader that compiles but computes
 * something else stops the run here, rather than plotting the time of a wrong answer.
 */
export function checkedPass(pass: GpuPass, floats: number): GpuPass {
  const problem = wrongOutput(pass, floats);
  if (problem) throw new WrongOutputError(problem);
  return pass;
}

function wrongOutput({ check }: GpuPass, floats: number): string | null {
  const size = `${floats.toLocaleString("en")} floats`;
  if (check.kernel === "poly") {
    const error = check.maxRelativeError;
    // Written so that NaN (an output never written, or 0/0) fails too.
    if (error <= RELATIVE_TOLERANCE) return null;
    return `Wrong output at ${size}: it differs from f(x) = x + x² + x³ computed in JavaScript by up to ${error.toExponential(1)} (relative); float32 rounding allows ${RELATIVE_TOLERANCE.toExponential(0)}.`;
  }
  const error = Math.abs(check.sum - check.exactSum) / Math.abs(check.exactSum);
  const bound = sumTolerance(floats);
  if (error <= bound) return null;
  return `Wrong sum at ${size}: ${check.sum} against ${check.exactSum} added in doubles in JavaScript, off by ${error.toExponential(1)} (relative); float32 rounding allows ${bound.toExponential(1)}.`;
}
