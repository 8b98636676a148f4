import { describe, expect, it } from "vitest";
import { compileTask } from "../compile";
import { stripTypes } from "../strip/strip";
import { nthPrime } from "./nth-prime";
import nthPrimeFile from "./nth-prime.ts?raw";

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

  it("runs on its own as the reader's file, as the GIL threads and the pools compile it", async () => {
    const edited = await compileTask(stripTypes(nthPrimeFile), "nthPrime");
    let checks = 0;
    const withCheckpoint = edited as unknown as typeof nthPrime;
    expect(withCheckpoint(4, () => checks++)).toBe(7);
    expect(checks).toBe(6);
    expect(edited(1_000)).toBe(7_919);
  });
});
