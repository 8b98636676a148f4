import { largestX, medianAt, type Results } from "../../kit";
import { FRESH, REUSED } from "./reuse-pool";
import { MEASURED } from "./worker-count";

/**
 * "Make the pool's start not matter": the reader's edited task is long, so at the most calls a
 * new pool per call takes less than 1.5× as long as one pool kept open. Untouched, where each
 * call is next to nothing, it took 2.7 to 6 times as long on a busy 2-core machine.
 */
export function startCostOutweighed(results: Results): boolean {
  if (!results.editedSources) return false;
  const most = largestX(results);
  const fresh = medianAt(results, FRESH, most);
  const reused = medianAt(results, REUSED, most);
  if (fresh === undefined || reused === undefined) return false;
  return fresh < 1.5 * reused;
}

/**
 * "Make more workers than cores pay off": the reader's edited task waits instead of computing,
 * so twice as many workers as cores finish at least 1.5× sooner than one per core, and 1.5 ×
 * cores times sooner than one worker: more than the cores could give work that computes. On a
 * busy machine the untouched run's tiny tasks can swing one ratio, never both.
 */
export function moreWorkersThanCoresPay(results: Results): boolean {
  if (!results.editedSources) return false;
  const cores = results.environment.hardwareConcurrency;
  const [one, perCore, twice] = [1, cores, 2 * cores].map((x) => medianAt(results, MEASURED, x));
  if (one === undefined || perCore === undefined || twice === undefined) return false;
  return perCore >= 1.5 * twice && one >= 1.5 * cores * twice;
}
