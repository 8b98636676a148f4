// Prime counting by trial division, the algorithm of workers/kernels/primes.ts, so both count
// exactly the same primes. For n below 2³¹, a divisor squared stays within u32.

/** Trial division by odd numbers up to √n. */
function isPrime(n: u32): bool {
  if (n < 2) return false;
  if ((n & 1) === 0) return n === 2;
  for (let divisor: u32 = 3; divisor * divisor <= n; divisor += 2) {
    if (n % divisor === 0) return false;
  }
  return true;
}

/** How many primes lie in [from, to). */
export function countPrimes(from: u32, to: u32): i32 {
  let count = 0;
  for (let n = from; n < to; n++) {
    if (isPrime(n)) count++;
  }
  return count;
}
