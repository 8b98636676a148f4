import type { Range } from "../../common/chunks";

/** Trial division by odd numbers up to √n: deliberately plain, so the work is all CPU. */
export function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let divisor = 3; divisor * divisor <= n; divisor += 2) {
    if (n % divisor === 0) return false;
  }
  return true;
}

/** How many primes lie in [from, to). */
export function countPrimes({ from, to }: Range): number {
  let count = 0;
  for (let n = from; n < to; n++) {
    if (isPrime(n)) count++;
  }
  return count;
}
