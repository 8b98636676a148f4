import { describe, expect, it } from "vitest";
import { checkF, checkOutput, checkProduct, JS_TOLERANCE, matmulBound } from "./check";

describe("checkF", () => {
  it("passes f rounded once to float32, and stops on another f or NaN", () => {
    expect(() => checkF("JS loop", 1_000, 2 ** -24)).not.toThrow();
    expect(() => checkF("JS loop", 1_000, 0.5)).toThrow(
      /^Wrong output from “JS loop” at 1,000 floats: .* by up to 5\.0e-1 \(relative\)/,
    );
    expect(() => checkF("JS loop", 1_000, Number.NaN)).toThrow(/Wrong output/);
  });

  it("reads the output arrays itself: f of the input passes, x² does not", () => {
    const input = Float32Array.from({ length: 5_000 }, (_, i) => i / 5_000);
    const f = input.map((x) => x + x * x + x * x * x);
    const square = input.map((x) => x * x);
    expect(() => checkOutput("pool", input, f, input.length)).not.toThrow();
    expect(() => checkOutput("pool", input, square, input.length)).toThrow(/“pool”/);
    expect(JS_TOLERANCE).toBeGreaterThan(2 ** -24);
  });
});

describe("checkProduct", () => {
  it("allows float32 rounding of n products, and not one product more or less", () => {
    const n = 512;
    expect(() => checkProduct("JS", n, n * 2 ** -24)).not.toThrow();
    // One product of two floats in [0, 1) (about 1/4) against a sum of n of them (about n/4).
    expect(() => checkProduct("JS", n, 1 / n)).toThrow(/^Wrong C from “JS” at N = 512: /);
    expect(matmulBound(n)).toBeLessThan(1 / (4 * n));
  });
});
