/** Adds one to a number: a task so tiny that sending it costs far more than running it. */
export function addOne(x: number): number {
  return x + 1;
}
