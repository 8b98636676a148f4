/**
 * Amdahl's law: the speedup on `cores` cores of a program whose `serialFraction` cannot be
 * parallelised. It never exceeds 1 / serialFraction, however many cores.
 *
 * @example amdahlSpeedup(0.1, 8) // ≈ 4.71; the limit is 10
 */
export function amdahlSpeedup(serialFraction: number, cores: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / cores);
}
