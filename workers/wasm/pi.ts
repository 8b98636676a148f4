// Monte Carlo π: throw `samples` seeded points into the unit square and count those inside the
// quarter circle, x² + y² ≤ 1. The stream is four xorshift32 generators, one per SIMD lane;
// workers/kernels/pi.ts replays it in JavaScript, so every way counts exactly the same hits.

/** 2⁻²⁴: a 24-bit integer times this is a float32 in [0, 1), exactly. */
const UNIT: f32 = 1.0 / 16_777_216.0;

/** Lane `lane`'s first state: the seed mixed with a golden-ratio step, never zero. */
export function laneState(seed: u32, lane: u32): u32 {
  const state = seed ^ ((lane + 1) * 0x9e3779b9);
  return state === 0 ? 0x6d2b79f5 : state;
}

/** Marsaglia's xorshift32 (13, 17, 5): the next state. */
function next(state: u32): u32 {
  state ^= state << 13;
  state ^= state >>> 17;
  return state ^ (state << 5);
}

/** Lane `lane`'s share of the samples: sample i belongs to lane i % 4. */
function laneSamples(samples: i32, lane: i32): i32 {
  return (samples >> 2) + (lane < (samples & 3) ? 1 : 0);
}

/** `count` points from one lane's generator, starting at `state`: how many fell inside. */
function laneHits(state: u32, count: i32): i32 {
  let hits = 0;
  for (let i = 0; i < count; i++) {
    state = next(state);
    const x = <f32>(state >>> 8) * UNIT;
    state = next(state);
    const y = <f32>(state >>> 8) * UNIT;
    if (x * x + y * y <= 1) hits++;
  }
  return hits;
}

/** One point at a time: each lane's points in turn. */
export function piHitsScalar(seed: u32, samples: i32): i32 {
  let hits = 0;
  for (let lane = 0; lane < 4; lane++) {
    hits += laneHits(laneState(seed, lane), laneSamples(samples, lane));
  }
  return hits;
}

/** The xorshift32 step on four states at once. */
function nextLanes(state: v128): v128 {
  state = v128.xor(state, i32x4.shl(state, 13));
  state = v128.xor(state, i32x4.shr_u(state, 17));
  return v128.xor(state, i32x4.shl(state, 5));
}

/** Four floats in [0, 1) from four states, as laneHits makes one. */
function unitFloats(state: v128): v128 {
  return f32x4.mul(f32x4.convert_i32x4_u(i32x4.shr_u(state, 8)), f32x4.splat(UNIT));
}

/**
 * Four points per step, one per lane, with no branch: a comparison gives each lane all ones
 * (−1) inside the circle, and subtracting it adds one. The leftover points (samples % 4) go one
 * at a time, each lane carrying on from its own state.
 */
export function piHitsSimd(seed: u32, samples: i32): i32 {
  let state = i32x4(laneState(seed, 0), laneState(seed, 1), laneState(seed, 2), laneState(seed, 3));
  let inside = i32x4.splat(0);
  const one = f32x4.splat(1);
  for (let step = samples >> 2; step > 0; step--) {
    state = nextLanes(state);
    const x = unitFloats(state);
    state = nextLanes(state);
    const y = unitFloats(state);
    const distance = f32x4.add(f32x4.mul(x, x), f32x4.mul(y, y));
    inside = i32x4.sub(inside, f32x4.le(distance, one));
  }
  let hits =
    i32x4.extract_lane(inside, 0) +
    i32x4.extract_lane(inside, 1) +
    i32x4.extract_lane(inside, 2) +
    i32x4.extract_lane(inside, 3);
  const leftover = samples & 3;
  if (leftover > 0) hits += laneHits(i32x4.extract_lane(state, 0), 1);
  if (leftover > 1) hits += laneHits(i32x4.extract_lane(state, 1), 1);
  if (leftover > 2) hits += laneHits(i32x4.extract_lane(state, 2), 1);
  return hits;
}
