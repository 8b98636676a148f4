import { describe, expect, it } from "vitest";
import { nthPrime } from "./nth-prime";

describe("nthPrime", () => {
  it("finds the first primes and some landmarks", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => nthPrime(n))).toEqual([2, 3, 5, 7, 11, 13]);
    // The 1,000th and 10,000th primes.
    expect(nthPrime(1_000)).toBe(7_919);
    expect(nthPrime(10_000)).toBe(104_729);
  });

  it("checks in once per candidate", () => {
    let checks = 0;
    expect(nthPrime(4, () => checks++)).toBe(7);
    expect(checks).toBe(6); // candidates 2 … 7
  });

  it("refuses n below 1", () => {
    expect(() => nthPrime(0)).toThrow(RangeError);
  });
});
