/**
 * Fills an array with seeded pseudo-random numbers in [0, 1): mulberry32, the generator the page
 * makes its data with (common/random.ts), so a recipe's seed gives the same numbers here.
 * It is written out, not imported, because this file is the one the reader edits, and an edited
 * kernel file runs on its own in the worker.
 */
export function fillRandom(values: Float64Array, seed: number): Float64Array {
  let state = seed >>> 0;
  for (let i = 0; i < values.length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    values[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return values;
}

/** The sum of the values: the worker reads every element, so the data really arrived. */
export function checksum({ values }: { values: Float64Array }): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum;
}

/** The sum, and the array itself, so a transferred buffer goes back to the page for reuse. */
export function checksumAndReturn({ values }: { values: Float64Array }): {
  sum: number;
  values: Float64Array;
} {
  return { sum: checksum({ values }), values };
}

/** A recipe instead of the data: the worker makes the same numbers itself, then sums them. */
export function checksumFromRecipe({ seed, length }: { seed: number; length: number }): number {
  return checksum({ values: fillRandom(new Float64Array(length), seed) });
}
