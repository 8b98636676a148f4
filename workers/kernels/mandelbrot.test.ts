import { describe, expect, it } from "vitest";
import { escapeTime, mandelbrotPoint, mandelbrotRow } from "./mandelbrot";

describe("Mandelbrot kernels", () => {
  it("points inside the set run to the limit; points far outside escape at once", () => {
    expect(escapeTime({ re: 0, im: 0 }, 100)).toBe(100);
    expect(escapeTime({ re: -1, im: 0 }, 100)).toBe(100);
    expect(escapeTime({ re: 2, im: 2 }, 100)).toBe(1);
  });

  it("a row is the sum of its points, whichever loop is parallel", () => {
    const row = { im: 0.3, width: 50, limit: 200 };
    let points = 0;
    for (let column = 0; column < row.width; column++) {
      points += mandelbrotPoint({ column, ...row });
    }
    expect(mandelbrotRow(row)).toBe(points);
  });
});
