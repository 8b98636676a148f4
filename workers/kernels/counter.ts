export interface CounterTask {
  /** One Int32 on a SharedArrayBuffer that every worker adds to. */
  counter: Int32Array;
  /** How many times to add. */
  times: number;
}

/**
 * `counter.value += 1` as Python's `multiprocessing.Value` does it: read the value, then write the
 * value plus one. Each step alone is atomic, as each takes the Value's lock; the pair is not.
 * Between this worker's read and its write, another worker may write; then an addition is lost.
 *
 * (A plain `counter[0]++` would be no better: for ordinary reads and writes the JavaScript
 * memory model lets the JIT keep the value in a register and write it back less often.)
 */
export function incrementReadThenWrite({ counter, times }: CounterTask): number {
  for (let i = 0; i < times; i++) {
    const seen = Atomics.load(counter, 0);
    Atomics.store(counter, 0, seen + 1);
  }
  return times;
}

/** The same additions, each one indivisible read-add-write, like `with counter.get_lock():`. */
export function incrementAtomic({ counter, times }: CounterTask): number {
  for (let i = 0; i < times; i++) Atomics.add(counter, 0, 1);
  return times;
}
