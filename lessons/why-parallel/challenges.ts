import { largestX, medianAt, type Results, samplesOf } from "../../kit";
import { poolName } from "./count-primes";

/**
 * "Make the pool gain nothing": the reader's edited task costs the same whatever its range, so
 * splitting n into eight ranges multiplies the cost; at the largest n the pool is then no more
 * than 20 % faster than one worker.
 */
export function poolGainsNothing(results: Results): boolean | null {
  if (!results.editedSources) return false;
  const largest = largestX(results);
  const one = medianAt(results, "1 worker", largest);
  const pool = medianAt(results, poolName(results.environment.hardwareConcurrency), largest);
  if (one === undefined || pool === undefined) return null;
  return pool >= 0.8 * one;
}

/**
 * "Count twin primes, whatever the split": the reader's task counts the pairs (p, p + 2) of
 * primes with p in its range, and one worker (one range) and the pool (eight ranges) both give
 * the true count below every n measured. A task that pairs each prime with the previous one it
 * saw loses the pairs that straddle a border between ranges: the pool then counts fewer.
 */
export function twinsInEverySplit(results: Results): boolean | null {
  if (!results.editedSources) return false;
  const series = ["1 worker", poolName(results.environment.hardwareConcurrency)];
  const xs = [...new Set(samplesOf(results, "1 worker").map((sample) => sample.x))];
  if (xs.length === 0) return null;
  return xs.every((x) => {
    const twins = twinPrimesBelow(Math.ceil(x));
    const counted = series.flatMap((name) => samplesOf(results, name, x));
    return counted.length > 0 && counted.every((sample) => sample.primes === twins);
  });
}

/** How many pairs (p, p + 2) of primes have p below n: a sieve, for the check above. */
export function twinPrimesBelow(n: number): number {
  const composite = new Uint8Array(n + 2);
  for (let i = 2; i * i < n + 2; i++) {
    if (composite[i]) continue;
    for (let multiple = i * i; multiple < n + 2; multiple += i) composite[multiple] = 1;
  }
  let twins = 0;
  for (let p = 2; p < n; p++) if (!composite[p] && !composite[p + 2]) twins++;
  return twins;
}
