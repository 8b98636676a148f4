import type { ShaderSource } from "../../kit";
import { formatMs, GpuWorker, RELATIVE_TOLERANCE, SEED } from "../../kit";

/** Floats the edited shader runs over: enough to take a few milliseconds, never a long wait. */
const FLOATS = 1_000_000;

/**
 * The reader's f(x) shader, run once warm in a fresh GPU worker over seeded floats, and compared
 * with f(x) = x + x² + x³ in JS. Throws GpuRefusedError (with file:line:col) if it does not
 * compile.
 */
export async function runEditedPoly(shader: ShaderSource, signal: AbortSignal): Promise<string> {
  const gpu = await GpuWorker.start(signal);
  try {
    const device = await gpu.prepare("poly", { shader, maxFloats: FLOATS, seed: SEED }, signal);
    await gpu.run("poly", "gpu", FLOATS, signal);
    const { totalMs, check } = await gpu.run("poly", "gpu", FLOATS, signal);
    const error = check.kernel === "poly" ? check.maxRelativeError : Number.NaN;
    const where = device.emulated ? "a CPU-emulated GPU" : "the GPU";
    const verdict =
      error <= RELATIVE_TOLERANCE
        ? `It computes x + x² + x³: every 997th output matched JS within ${error.toExponential(1)} (relative).`
        : `It computes something else than x + x² + x³: outputs differ from it by up to ${error.toExponential(1)} (relative).`;
    return `Ran over ${FLOATS.toLocaleString("en")} floats on ${where} in ${formatMs(totalMs)} ms (upload + compute + readback). ${verdict}`;
  } finally {
    gpu.terminate();
  }
}
