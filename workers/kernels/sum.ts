/**
 * The sum of the first `length` floats in a plain loop. JavaScript adds in doubles (53-bit),
 * so for up to 1e7 float32 inputs this is exact to about 1e-9: the reference for the GPU's sum.
 */
export function sumFloats(values: Float32Array, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += values[i] as number;
  return sum;
}
