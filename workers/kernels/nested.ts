import { type Range, splitRange } from "../../common/chunks";
import type { FromHelper, ToHelper } from "../../common/wire";
import { countPrimes } from "./primes";

/**
 * Counts the primes in a range with `workers` threads of its own: the task splits its range and
 * starts one helper worker per part, as a NumPy call inside a pool process starts its BLAS
 * threads. With one, it counts by itself.
 */
export async function countPrimesNested({
  from,
  to,
  workers,
}: Range & { workers: number }): Promise<number> {
  if (workers <= 1) return countPrimes({ from, to });
  const parts = splitRange(to - from, workers).map((part) => ({
    from: from + part.from,
    to: from + part.to,
  }));
  const helpers = parts.map(
    () =>
      new Worker(new URL("../helper/prime-helper.ts", import.meta.url), {
        type: "module",
        name: "corelab nested helper",
      }),
  );
  try {
    const counts = await Promise.all(parts.map((part, i) => ask(helpers[i] as Worker, part)));
    return counts.reduce((a, b) => a + b, 0);
  } finally {
    for (const helper of helpers) helper.terminate();
  }
}

function ask(helper: Worker, range: Range): Promise<number> {
  return new Promise((resolve, reject) => {
    helper.onmessage = ({ data }: MessageEvent<FromHelper>) => resolve(data.primes);
    helper.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`A nested helper worker failed: ${event.message || "it did not load"}`));
    };
    const message: ToHelper = { type: "count", ...range };
    helper.postMessage(message);
  });
}
