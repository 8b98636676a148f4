import { describe, expect, it } from "vitest";
import { countPrimes, isPrime } from "./primes";

describe("prime kernels", () => {
  it("knows the small cases", () => {
    expect([0, 1, 2, 3, 4, 9, 25, 97].map(isPrime)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it("counts π(10^k) right", () => {
    // π(10), π(100), … π(10^6): OEIS A006880.
    const expected = [4, 25, 168, 1_229, 9_592, 78_498];
    expected.forEach((count, i) => {
      expect(countPrimes({ from: 0, to: 10 ** (i + 1) })).toBe(count);
    });
  });

  it("adds up over split ranges", () => {
    expect(countPrimes({ from: 0, to: 5_000 }) + countPrimes({ from: 5_000, to: 10_000 })).toBe(
      1_229,
    );
  });
});
