import { describe, expect, it } from "vitest";
import { fibonacci, fibonacciSequence } from "./fibonacci";

describe("Fibonacci kernels", () => {
  it("start 0, 1, 1, 2, 3, 5, 8 (OEIS A000045)", () => {
    expect(fibonacciSequence(7)).toEqual([0, 1, 1, 2, 3, 5, 8]);
    expect([0, 1, 2, 3, 4, 5, 6].map(fibonacci)).toEqual([0, 1, 1, 2, 3, 5, 8]);
  });

  it("agree: the recursion and the loop give the same numbers", () => {
    expect(fibonacciSequence(25).at(-1)).toBe(fibonacci(24));
    expect(fibonacci(30)).toBe(832_040);
  });
});
