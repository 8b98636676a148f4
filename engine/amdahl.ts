/**
 * Amdahl's law: the speedup on `cores` cores of a program whose `serialFraction` cannot be
 * parallelised. It never exceeds 1 / serialFraction, however many cores.
 *
 * @example amdahlSpeedup(0.1, 8) // ≈ 4.71; the limit is 10
 */
export function amdahlSpeedup(serialFraction: number, cores: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / cores);
}

/**
 * The serial fraction s whose Amdahl curve best fits measured speedups (least squares over a
 * fine grid of s from 0 to 1): what the measurement says is left unparallelised, overheads
 * included.
 *
 * @example fitSerialFraction([{ cores: 1, speedup: 1 }, { cores: 2, speedup: 1.82 }]) // ≈ 0.1
 */
export function fitSerialFraction(points: readonly { cores: number; speedup: number }[]): number {
  let best = { s: 0, error: Number.POSITIVE_INFINITY };
  for (let step = 0; step <= 10_000; step++) {
    const s = step / 10_000;
    let error = 0;
    for (const { cores, speedup } of points) error += (amdahlSpeedup(s, cores) - speedup) ** 2;
    if (error < best.error) best = { s, error };
  }
  return best.s;
}
