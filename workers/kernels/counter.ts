export interface CounterTask {
  /** One Int32 on a SharedArrayBuffer that every worker adds to. */
  counter: Int32Array;
  /** How many times to add. */
  times: number;
}

/**
 * `counter[0] += 1` spelled out: read the value, work out the new one, write it. Between the read
 * and the write another worker may write as well; then one of the two additions is lost.
 */
export function incrementPlain({ counter, times }: CounterTask): number {
  for (let i = 0; i < times; i++) {
    const seen = counter[0] as number;
    const next = seen + 1;
    counter[0] = next;
  }
  return times;
}

/** The same additions, each one indivisible read-add-write: none can be lost. */
export function incrementAtomic({ counter, times }: CounterTask): number {
  for (let i = 0; i < times; i++) Atomics.add(counter, 0, 1);
  return times;
}
