import { describe, expect, it } from "vitest";
import { amdahlCurves } from "./amdahlCurves";

describe("amdahlCurves", () => {
  it("answers the lesson's question: 10 % serial gives 4.7× on 8 cores and 8.8× on 64", () => {
    const { amdahl } = amdahlCurves(0.1, 64);
    expect(amdahl[7]).toEqual({ cores: 8, speedup: expect.closeTo(4.706, 3) });
    expect(amdahl[63]).toEqual({ cores: 64, speedup: expect.closeTo(8.767, 3) });
  });

  it("perfect scaling is speedup = p, never below Amdahl's curve, at every core count", () => {
    for (let percent = 0; percent <= 50; percent++) {
      const { amdahl, perfect } = amdahlCurves(percent / 100, 64);
      expect(perfect).toHaveLength(64);
      perfect.forEach((point, i) => {
        expect(point).toEqual({ cores: i + 1, speedup: i + 1 });
        expect(point.speedup).toBeGreaterThanOrEqual((amdahl[i]?.speedup ?? Infinity) - 1e-9);
      });
    }
  });
});
