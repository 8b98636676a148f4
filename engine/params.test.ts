import { describe, expect, it } from "vitest";
import type { ParamSpec } from "./experiment";
import { initialParams, paramProblem, paramProblems } from "./params";

const size: ParamSpec = {
  label: "Largest n",
  default: 2_000_000,
  quick: 100_000,
  min: 100_000,
  max: 10_000_000,
  step: 1,
  unit: "numbers",
  control: "number",
};

describe("params", () => {
  it("starts from the defaults, or the quick values under ?quick=1", () => {
    expect(initialParams({ size }, false)).toEqual({ size: 2_000_000 });
    expect(initialParams({ size }, true)).toEqual({ size: 100_000 });
  });

  it("refuses values out of range, NaN and fractions, naming the valid range", () => {
    expect(paramProblem(size, 5_000_000)).toBeNull();
    expect(paramProblem(size, 20_000_000)).toBe(
      "Largest n must be from 100,000 to 10,000,000 numbers.",
    );
    expect(paramProblem(size, -1)).toMatch(/from 100,000 to 10,000,000/);
    expect(paramProblem(size, Number.NaN)).toMatch(/must be a number/);
    expect(paramProblem(size, 150_000.5)).toMatch(/whole number/);
  });

  it("collects every problem by name", () => {
    expect(Object.keys(paramProblems({ size }, { size: 1 }))).toEqual(["size"]);
    expect(paramProblems({ size }, {})).toHaveProperty("size");
  });
});
