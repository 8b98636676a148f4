import type { PolyVariant } from "../../common/wire";
import { PolyWorker } from "../../workers/vectorize/host/polyWorker";
import type { Row } from "./row";
import { median } from "./timing";

const SIZES = [1_000_000, 10_000_000];
const WARM_UP_PASSES = 3;
const ROUNDS = 9;
const SEED = 20_260_601;
/** Bytes each float costs: f reads it and writes its result, as a copy does. */
const BYTES_PER_FLOAT = 8;

/** The subject each way is reported as; `js-loop` is the loop that calls f per element. */
const SUBJECTS: Record<PolyVariant, string> = {
  copy: "copy",
  "js-each": "js-loop",
  "js-loop": "js-typed-array",
  "wasm-scalar": "wasm-scalar",
  "wasm-simd": "wasm-simd",
};

/**
 * Memory throughput of f(x) = x + x² + x³ over 1e6 and 1e7 float32s, in GB/s of bytes read
 * plus written, each way the vectorization lesson runs it, beside a `Float32Array.set` copy of
 * the same size (the memory-bandwidth ceiling). All in one dedicated worker over the same seeded
 * inputs; the clock is the worker's, around the pass alone (no messaging). Each way is warmed up
 * with 3 untimed passes, then 9 passes are timed, interleaved across ways; the row is the median.
 */
export async function polyBandwidth(): Promise<Row[]> {
  const { signal } = new AbortController();
  const worker = await PolyWorker.start(signal);
  try {
    await worker.prepare(Math.max(...SIZES), SEED, signal);
    const variants = Object.keys(SUBJECTS) as PolyVariant[];
    const rows: Row[] = [];
    for (const floats of SIZES) {
      for (const variant of variants) {
        for (let pass = 0; pass < WARM_UP_PASSES; pass++) await worker.run(variant, floats, signal);
      }
      const times = new Map(variants.map((variant) => [variant, [] as number[]]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const [variant, ms] of times) {
          ms.push((await worker.run(variant, floats, signal)).kernelMs);
        }
      }
      for (const [variant, ms] of times) {
        rows.push({
          metric: "gbps",
          subject: `${SUBJECTS[variant]}@${floats === 1e6 ? "1e6" : "1e7"}`,
          value: (floats * BYTES_PER_FLOAT) / (median(ms) * 1e6),
          unit: "GB/s",
        });
      }
    }
    return rows;
  } finally {
    worker.terminate();
  }
}
