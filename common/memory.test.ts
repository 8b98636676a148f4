import { describe, expect, it } from "vitest";
import { memoryBudget, memoryProblem } from "./memory";

describe("memory", () => {
  it("allows an experiment a quarter of what the device reports", () => {
    expect(memoryBudget(8)).toBe(2 * 2 ** 30);
    expect(memoryBudget(0.5)).toBe(128 * 2 ** 20);
  });

  it("has no budget where the browser does not report its memory", () => {
    expect(memoryBudget(undefined)).toBeNull();
    expect(memoryBudget(0)).toBeNull();
    expect(memoryProblem(10 * 2 ** 30, null)).toBeNull();
  });

  it("refuses a run that needs more than the budget, and says what fits", () => {
    const budget = memoryBudget(1);
    expect(memoryProblem(256 * 2 ** 20, budget)).toBeNull();
    expect(memoryProblem(403 * 2 ** 20, budget)).toBe(
      "These settings need about 403 MiB of memory at once. This device reports 1 GiB, and the notebook keeps one experiment under a quarter of that (256 MiB): choose a smaller size.",
    );
  });
});
