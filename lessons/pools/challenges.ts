import { largestX, medianAt, type Results } from "../../kit";
import { FRESH, REUSED } from "./reuse-pool";
import { MEASURED } from "./worker-count";

/**
 * "Make the pool's start not matter": the reader's edited task is long, so at the most calls a
 * new pool per call takes less than twice as long as one pool kept open. Untouched, where each
 * call is next to nothing, it takes four times as long or more.
 */
export function startCostOutweighed(results: Results): boolean {
  if (!results.editedSources) return false;
  const most = largestX(results);
  const fresh = medianAt(results, FRESH, most);
  const reused = medianAt(results, REUSED, most);
  if (fresh === undefined || reused === undefined) return false;
  return fresh < 2 * reused;
}

/**
 * "Make more workers than cores pay off": the reader's edited task waits instead of computing,
 * so twice as many workers as cores finish at least 1.5× sooner than one per core. On the
 * untouched, CPU-bound task they are no faster.
 */
export function moreWorkersThanCoresPay(results: Results): boolean {
  if (!results.editedSources) return false;
  const cores = results.environment.hardwareConcurrency;
  const perCore = medianAt(results, MEASURED, cores);
  const twice = medianAt(results, MEASURED, 2 * cores);
  if (perCore === undefined || twice === undefined) return false;
  return perCore >= 1.5 * twice;
}
