import { describe, expect, it } from "vitest";
import { estimateRemainingMs } from "./eta";

describe("estimateRemainingMs", () => {
  it("is zero before anything was timed or when nothing remains", () => {
    expect(estimateRemainingMs([], [{ series: "a", x: 10 }])).toBe(0);
    expect(estimateRemainingMs([{ series: "a", x: 10, ms: 5 }], [])).toBe(0);
  });

  it("scales linearly with x from a single timed size", () => {
    expect(estimateRemainingMs([{ series: "a", x: 10, ms: 1 }], [{ series: "a", x: 100 }])).toBe(
      10,
    );
  });

  it("follows the power law through the two largest sizes", () => {
    // ms = x²: 100 at 10, 10 000 at 100, so 1 000 000 at 1 000.
    const done = [
      { series: "a", x: 10, ms: 100 },
      { series: "a", x: 100, ms: 10_000 },
    ];
    expect(estimateRemainingMs(done, [{ series: "a", x: 1_000 }])).toBeCloseTo(1_000_000);
  });

  it("lets a series with no timings borrow the others' prediction", () => {
    const done = [
      { series: "a", x: 10, ms: 2 },
      { series: "b", x: 10, ms: 4 },
    ];
    expect(estimateRemainingMs(done, [{ series: "c", x: 10 }])).toBe(3);
  });
});
