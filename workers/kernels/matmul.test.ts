import { describe, expect, it } from "vitest";
import { seededRandom } from "../../common/random";
import { matmulFlops, matmulReference, matmulTolerance, maxAbsDifference } from "./matmul";

function seededMatrix(n: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: n * n }, () => 2 * random() - 1);
}

function identity(n: number): Float32Array {
  const matrix = new Float32Array(n * n);
  for (let i = 0; i < n; i++) matrix[i * n + i] = 1;
  return matrix;
}

describe("matmulReference", () => {
  it("multiplies rows of A by columns of B", () => {
    const a = new Float32Array([1, 2, 3, 4]);
    const b = new Float32Array([5, 6, 7, 8]);
    expect([...matmulReference(a, b, 2)]).toEqual([19, 22, 43, 50]);
  });

  it("does not commute: B·A differs from A·B", () => {
    const a = new Float32Array([1, 2, 3, 4]);
    const b = new Float32Array([5, 6, 7, 8]);
    expect([...matmulReference(b, a, 2)]).toEqual([23, 34, 31, 46]);
  });

  it("leaves a matrix unchanged when multiplied by the identity, on either side", () => {
    const n = 7;
    const a = seededMatrix(n, 3);
    expect(matmulReference(a, identity(n), n)).toEqual(a);
    expect(matmulReference(identity(n), a, n)).toEqual(a);
  });

  it("agrees with a sum written out from the definition, to float precision", () => {
    const n = 33;
    const a = seededMatrix(n, 1);
    const b = seededMatrix(n, 2);
    const c = matmulReference(a, b, n);
    for (const [i, j] of [
      [0, 0],
      [5, 31],
      [32, 32],
    ] as const) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (a[i * n + k] as number) * (b[k * n + j] as number);
      expect(c[i * n + j]).toBeCloseTo(sum, 6);
    }
  });
});

describe("maxAbsDifference and matmulTolerance", () => {
  it("finds the one wrong element, larger than the tolerance", () => {
    const n = 64;
    const right = matmulReference(seededMatrix(n, 4), seededMatrix(n, 5), n);
    expect(maxAbsDifference(right, right.slice())).toBe(0);
    const wrong = right.slice();
    wrong[100] = (wrong[100] as number) + 0.5;
    expect(maxAbsDifference(right, wrong)).toBeCloseTo(0.5, 5);
    expect(maxAbsDifference(right, wrong)).toBeGreaterThan(matmulTolerance(n));
  });

  it("allows float32 sums taken in another order", () => {
    const n = 128;
    const a = seededMatrix(n, 6);
    const b = seededMatrix(n, 7);
    const reversed = new Float32Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let k = n - 1; k >= 0; k--) {
          sum = Math.fround(sum + Math.fround((a[i * n + k] as number) * (b[k * n + j] as number)));
        }
        reversed[i * n + j] = sum;
      }
    }
    expect(maxAbsDifference(matmulReference(a, b, n), reversed)).toBeLessThan(matmulTolerance(n));
  });

  it("refuses results of different sizes", () => {
    expect(() => maxAbsDifference(new Float32Array(4), new Float32Array(9))).toThrow(/size/);
  });
});

describe("matmulFlops", () => {
  it("counts a multiply and an add per term", () => {
    expect(matmulFlops(512)).toBe(268_435_456);
  });
});
