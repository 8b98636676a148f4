import { describe, expect, it } from "vitest";
import { laneState, piEstimate, piHits } from "./pi";

describe("piHits", () => {
  it("estimates π within a few standard errors", () => {
    const samples = 400_000;
    // Standard error of 4·hits/samples: 4·√(p(1−p)/samples), p = π/4: about 0.0026 here.
    expect(Math.abs(piEstimate(piHits({ seed: 1, samples }), samples) - Math.PI)).toBeLessThan(
      0.01,
    );
  });

  it("is the same for the same seed, and differs for another", () => {
    const samples = 10_001;
    expect(piHits({ seed: 7, samples })).toBe(piHits({ seed: 7, samples }));
    expect(piHits({ seed: 7, samples })).not.toBe(piHits({ seed: 8, samples }));
  });

  it("gives each lane its own nonzero stream", () => {
    const states = [0, 1, 2, 3].map((lane) => laneState(0x9e3779b9, lane));
    expect(new Set(states).size).toBe(4);
    for (const state of states) expect(state).toBeGreaterThan(0);
  });

  it("counts whole points: 0 samples, 0 hits; a point is in or out", () => {
    expect(piHits({ seed: 3, samples: 0 })).toBe(0);
    expect([0, 1]).toContain(piHits({ seed: 3, samples: 1 }));
  });
});
