import { describe, expect, it } from "vitest";
import { seededRandom } from "../../common/random";
import { CHECKSUM_STRIDE, poly, polyEach, polyLoop, polyRange, stridedChecksum } from "./poly";

const LENGTH = 10_000;

function seededInput(): Float32Array {
  const random = seededRandom(7);
  return Float32Array.from({ length: LENGTH }, () => random());
}

describe("f(x) = x + x² + x³", () => {
  it("gives the value of the polynomial", () => {
    expect(poly(0)).toBe(0);
    expect(poly(1)).toBe(3);
    expect(poly(2)).toBe(14);
    expect(poly(-1)).toBe(-1);
  });

  it("gives the same floats called per element, inline, or range by range", () => {
    const input = seededInput();
    const reference = Float32Array.from(input, (x) => x + x ** 2 + x ** 3);
    const each = new Float32Array(LENGTH);
    polyEach(input, each, LENGTH);
    const inline = new Float32Array(LENGTH);
    polyLoop(input, inline, 0, LENGTH);
    const ranged = new Float32Array(LENGTH);
    const middle = 4_321;
    polyRange({ input, output: ranged, from: 0, to: middle });
    polyRange({ input, output: ranged, from: middle, to: LENGTH });
    for (const result of [each, inline, ranged]) {
      for (let i = 0; i < LENGTH; i++) expect(result[i]).toBeCloseTo(reference[i] as number, 6);
    }
  });

  it("leaves the elements past the length alone", () => {
    const output = new Float32Array(4).fill(-5);
    polyEach(new Float32Array([1, 1, 1, 1]), output, 2);
    expect([...output]).toEqual([3, 3, -5, -5]);
  });
});

describe("stridedChecksum", () => {
  it("sums the multiples of the stride, and range parts add up to the whole", () => {
    const values = new Float32Array(3 * CHECKSUM_STRIDE + 1).fill(1);
    values[CHECKSUM_STRIDE] = 10;
    const whole = stridedChecksum(values, 0, values.length);
    expect(whole).toBe(1 + 10 + 1 + 1);
    const cut = CHECKSUM_STRIDE + 1;
    expect(stridedChecksum(values, 0, cut) + stridedChecksum(values, cut, values.length)).toBe(
      whole,
    );
  });

  it("changes when one checked output is wrong", () => {
    const input = seededInput();
    const right = new Float32Array(LENGTH);
    polyLoop(input, right, 0, LENGTH);
    const wrong = right.slice();
    wrong[2 * CHECKSUM_STRIDE] = 0;
    expect(stridedChecksum(wrong, 0, LENGTH)).not.toBe(stridedChecksum(right, 0, LENGTH));
  });
});
