import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { DRAWN_BY_DEFAULT, drawnLines, poolName, SERIES_NAMES, threadsName } from "./series";

const every = [...Object.values(SERIES_NAMES), poolName(2), threadsName(2)];

function resultsWith(params: Record<string, unknown>): Results {
  return {
    params,
    samples: every.map((series, trial) => ({ series, x: 4_096, trial, ms: 1 })),
  } as unknown as Results;
}

describe("the vectorization chart's lines", () => {
  it("draws the JS loop, WASM scalar, WASM SIMD and the copy by default", () => {
    const drawn = drawnLines(resultsWith({ everyWay: 0 })).samples.map((s) => s.series);
    expect(drawn).toEqual([
      SERIES_NAMES["js-each"],
      SERIES_NAMES["wasm-scalar"],
      SERIES_NAMES["wasm-simd"],
      SERIES_NAMES.copy,
    ]);
    // Results saved before the param existed draw the same four.
    expect(drawnLines(resultsWith({})).samples).toHaveLength(DRAWN_BY_DEFAULT.length);
  });

  it("draws every way when the reader asks", () => {
    expect(drawnLines(resultsWith({ everyWay: 1 })).samples.map((s) => s.series)).toEqual(every);
  });

  it("names the copy for what it measures, not a ceiling it can lose to", () => {
    expect(SERIES_NAMES.copy).toBe("copy of the same floats");
    expect(SERIES_NAMES.copy).not.toMatch(/ceiling/);
  });
});
