/** The sum of an array of numbers: a little work on a lot of data. */
export function sumFloats(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum;
}
