/**
 * Monte Carlo π in JavaScript, drawing exactly the points workers/wasm/pi.ts draws: four
 * xorshift32 generators (sample i from lane i % 4), 24-bit floats, and x² + y² ≤ 1 rounded to
 * float32 as WebAssembly's f32 arithmetic rounds it. So the hit counts match exactly.
 */

/** Lane `lane`'s first state: the seed mixed with a golden-ratio step, never zero. */
export function laneState(seed: number, lane: number): number {
  const state = (seed ^ Math.imul(lane + 1, 0x9e3779b9)) >>> 0;
  return state === 0 ? 0x6d2b79f5 : state;
}

/**
 * How many of `samples` seeded points in the unit square fall inside the quarter circle.
 * x·x is exact in a double (24-bit × 24-bit), so rounding it, and the sum, to float32 once each
 * gives WebAssembly's f32 results.
 */
export function piHits({ seed, samples }: { seed: number; samples: number }): number {
  let hits = 0;
  for (let lane = 0; lane < 4; lane++) {
    let state = laneState(seed, lane);
    const count = (samples >> 2) + (lane < (samples & 3) ? 1 : 0);
    for (let i = 0; i < count; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const x = (state >>> 8) / 16_777_216;
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const y = (state >>> 8) / 16_777_216;
      if (Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1) hits++;
    }
  }
  return hits;
}

/** π from the hits: the quarter circle covers π/4 of the unit square. */
export function piEstimate(hits: number, samples: number): number {
  return (4 * hits) / samples;
}
