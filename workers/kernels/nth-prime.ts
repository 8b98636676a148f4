/** Does nothing: a kernel run outside the modelled interpreter has no lock to check. */
const noCheck = (): void => {};

/**
 * Trial division by odd numbers up to √n, as in nth_prime.py. The file keeps its own copy
 * (primes.ts has the same test) because a reader edits this file alone, and an edited kernel
 * file cannot import.
 */
function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let divisor = 3; divisor * divisor <= n; divisor += 2) {
    if (n % divisor === 0) return false;
  }
  return true;
}

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
