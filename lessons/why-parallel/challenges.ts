import { largestX, medianAt, type Results } from "../../kit";

/**
 * "Make the pool gain nothing": the reader's edited task costs the same whatever its range, so
 * splitting n into eight ranges multiplies the cost; at the largest n the pool is then no more
 * than 20 % faster than one worker.
 */
export function poolGainsNothing(results: Results): boolean | null {
  if (!results.editedSources) return false;
  const largest = largestX(results);
  const one = medianAt(results, "1 worker", largest);
  const pool = medianAt(results, `pool of ${results.environment.hardwareConcurrency}`, largest);
  if (one === undefined || pool === undefined) return null;
  return pool >= 0.8 * one;
}
