import { keptSamples, type Results, samplesOf } from "../../kit";
import { KERNEL_NAME } from "./pickling";
import { ATOMIC, TWO_STEPS } from "./race";

/**
 * "A result that cannot come back": the reader's edited scale.ts makes the kernel's name fail
 * with the browser's DataCloneError, as Python's pool fails to pickle a returned lambda. An
 * error the task throws itself does not count: the sending is what must fail.
 */
export function resultRefused(results: Results): boolean | null {
  if (!results.editedSources) return false;
  const tries = keptSamples(results).filter((sample) => sample.series === KERNEL_NAME);
  if (tries.length === 0) return null;
  return tries.every((sample) => sample.sent === false && sample.error === "DataCloneError");
}

/**
 * "Lose no addition": the reader's edited counter.ts makes the read-then-write series end on the
 * exact total in every trial, as Atomics.add does. Exact counts, not times: no noise can flip it.
 */
export function noAdditionLost(results: Results): boolean | null {
  if (!results.editedSources) return false;
  const twoSteps = samplesOf(results, TWO_STEPS);
  if (twoSteps.length === 0 || samplesOf(results, ATOMIC).length === 0) return null;
  return twoSteps.every(
    (sample) =>
      typeof sample.expected === "number" &&
      sample.expected > 0 &&
      sample.final === sample.expected,
  );
}
