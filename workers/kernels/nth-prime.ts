import { isPrime } from "./primes";

/** Does nothing: a kernel run outside the modelled interpreter has no lock to check. */
const noCheck = (): void => {};

/**
 * The n-th prime (n = 1 gives 2) by testing every candidate in turn: the CPU-bound function of
 * the classic threads-versus-processes demonstration.
 *
 * `checkpoint` runs before each candidate. In a modelled Python thread it is where CPython's
 * evaluation loop checks whether another thread has asked for the GIL.
 */
export function nthPrime(n: number, checkpoint: () => void = noCheck): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, not ${n}`);
  let found = 0;
  for (let candidate = 2; ; candidate++) {
    checkpoint();
    if (isPrime(candidate) && ++found === n) return candidate;
  }
}
