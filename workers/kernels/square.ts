/** Squares one number: next to no work, so what a call costs is the pool's own. */
export function square(x: number): number {
  return x * x;
}
