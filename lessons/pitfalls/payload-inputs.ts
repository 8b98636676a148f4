import { seededRandom } from "../../kit";

export const FLOATS_PER_MIB = (1024 * 1024) / Float64Array.BYTES_PER_ELEMENT;

/** One payload size's data, twice: on the page's own memory, and on a SharedArrayBuffer. */
export interface Payloads {
  local: Map<number, Float64Array>;
  shared: Map<number, Float64Array>;
}

/**
 * The page's data for every size, made before the clock starts: seeded random numbers, so a
 * recipe with the same seed makes the same numbers in a worker. Only the page runs this, so it
 * lives apart from the kernel file the reader edits.
 */
export function makePayloads(sizesMiB: readonly number[], seed: number): Payloads {
  const payloads: Payloads = { local: new Map(), shared: new Map() };
  for (const mib of sizesMiB) {
    const local = fillSeeded(new Float64Array(mib * FLOATS_PER_MIB), seed);
    const shared = new Float64Array(new SharedArrayBuffer(local.byteLength));
    // The same numbers again: copying them is cheaper than generating them twice.
    shared.set(local);
    payloads.local.set(mib, local);
    payloads.shared.set(mib, shared);
  }
  return payloads;
}

function fillSeeded(values: Float64Array, seed: number): Float64Array {
  const random = seededRandom(seed);
  for (let i = 0; i < values.length; i++) values[i] = random();
  return values;
}
