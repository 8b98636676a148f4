import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { SERIES_NAMES } from "./series";
import { vectorize } from "./vectorize";

/** One pass per way at `floats`, each taking the given ms in the worker. */
function resultsAt(floats: number, ms: { simd: number; copy: number; loop: number }): Results {
  const passes = [
    [SERIES_NAMES["wasm-simd"], ms.simd],
    [SERIES_NAMES.copy, ms.copy],
    [SERIES_NAMES["js-each"], ms.loop],
  ] as const;
  return {
    params: {},
    summary: passes.map(([series, q]) => ({ series, x: floats, n: 1, q05: q, q50: q, q95: q })),
    samples: passes.map(([series, kernelMs]) => ({
      series,
      x: floats,
      trial: 0,
      ms: kernelMs,
      kernelMs,
    })),
  } as unknown as Results;
}

const headline = (results: Results) => vectorize.headline?.(results) ?? "";

describe("the vectorization headline", () => {
  it("names the copy for what it is, and never calls it a ceiling", () => {
    const text = headline(resultsAt(9_000_000, { simd: 12, copy: 10, loop: 60 }));
    expect(text).toContain("The copy of the same floats took 10");
    expect(text).toContain("SIMD ran at 83 % of its speed.");
    expect(text).not.toMatch(/ceiling|beat the copy|as fast as the copy/);
  });

  it("says why SIMD passed the copy: the caches when the arrays are small", () => {
    const text = headline(resultsAt(65_536, { simd: 0.01, copy: 0.024, loop: 0.1 }));
    expect(text).toContain("SIMD ran at 240 % of its speed.");
    expect(text).toContain("SIMD beat the copy: arrays this small fit in the CPU's caches");
  });

  it("and when they are large, that both wait on memory", () => {
    const text = headline(resultsAt(9_000_000, { simd: 9.8, copy: 10, loop: 60 }));
    expect(text).toContain("SIMD was as fast as the copy: at this size both wait on memory.");
  });
});
