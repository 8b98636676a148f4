/** Floats one invocation of workers/shaders/reduce-sum.wgsl adds in its loop. */
const FLOATS_PER_INVOCATION = 64;
/** Invocations per workgroup, whose sums the workgroup adds as a tree of log2(256) = 8 levels. */
const WORKGROUP_SIZE = 256;
/** Floats one workgroup adds into one partial sum. */
export const FLOATS_PER_WORKGROUP = FLOATS_PER_INVOCATION * WORKGROUP_SIZE;

/** The lengths each dispatch reduces, from n floats down to the one sum. */
export function reductionSteps(n: number): number[] {
  const steps = [n];
  for (let m = n; m > 1; ) {
    m = Math.ceil(m / FLOATS_PER_WORKGROUP);
    if (m > 1) steps.push(m);
  }
  return steps;
}

/**
 * At most how many additions any input goes through on its way to the sum: per dispatch, 64 in
 * its invocation's loop and 8 in the workgroup's tree.
 */
export const treeDepth = (n: number) =>
  (FLOATS_PER_INVOCATION + Math.log2(WORKGROUP_SIZE)) * reductionSteps(n).length;

/** Half a unit in the last place of a float32, relative: each f32 addition's worst rounding. */
export const F32_UNIT_ROUNDOFF = 2 ** -24;

/**
 * The largest relative error of the GPU's float32 sum of n non-negative floats: summing in a
 * tree of depth d rounds each input at most d times, so |sum − exact| ≤ γ_d · exact with
 * γ_d = d·u / (1 − d·u) (Higham, "Accuracy and Stability of Numerical Algorithms", §4.2).
 */
export function sumTolerance(n: number): number {
  const du = treeDepth(n) * F32_UNIT_ROUNDOFF;
  return du / (1 - du);
}
