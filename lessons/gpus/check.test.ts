import { describe, expect, it } from "vitest";
import type { GpuPass } from "../../kit";
import { sumTolerance } from "../../kit";
import { checkedPass, WrongOutputError } from "./check";

const poly = (maxRelativeError: number): GpuPass => ({
  totalMs: 1,
  check: { kernel: "poly", maxRelativeError, checksum: 0 },
});
const reduce = (sum: number, exactSum: number): GpuPass => ({
  totalMs: 1,
  check: { kernel: "reduce", sum, exactSum },
});

describe("checkedPass", () => {
  it("passes f within float32 rounding, and a sum within its tree's bound", () => {
    expect(checkedPass(poly(3e-8), 1_000)).toEqual(poly(3e-8));
    const exact = 50_000;
    const within = exact * (1 + 0.9 * sumTolerance(100_000));
    expect(checkedPass(reduce(within, exact), 100_000)).toEqual(reduce(within, exact));
  });

  it("stops the run on another f, saying by how much and at which size", () => {
    expect(() => checkedPass(poly(0.5), 100_000)).toThrow(WrongOutputError);
    expect(() => checkedPass(poly(0.5), 100_000)).toThrow(
      /^Wrong output at 100,000 floats: .* by up to 5\.0e-1 \(relative\)/,
    );
  });

  it("stops the run on NaN, an output the shader never wrote sensibly", () => {
    expect(() => checkedPass(poly(Number.NaN), 1_000)).toThrow(/Wrong output/);
    expect(() => checkedPass(reduce(Number.NaN, 500), 1_000)).toThrow(/Wrong sum/);
  });

  it("stops the run on a sum off by more than its bound", () => {
    expect(() => checkedPass(reduce(2 * 50_000, 50_000), 100_000)).toThrow(
      /^Wrong sum at 100,000 floats: 100000 against 50000/,
    );
  });
});
