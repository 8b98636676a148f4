import { amdahlSpeedup } from "../../../engine/amdahl";

export interface SpeedupPoint {
  cores: number;
  speedup: number;
}

/**
 * Amdahl's curve and perfect scaling (speedup = p) at every core count from 1 to `maxCores`.
 * Both are drawn through the same points, so on a log axis perfect scaling stays a curve above
 * Amdahl's: a straight segment from 1 to `maxCores` would sag below p and seem beaten.
 *
 * @example amdahlCurves(0.1, 64).amdahl[7] // { cores: 8, speedup: 4.705… }
 */
export function amdahlCurves(
  serialFraction: number,
  maxCores: number,
): { amdahl: SpeedupPoint[]; perfect: SpeedupPoint[] } {
  const cores = Array.from({ length: maxCores }, (_, i) => i + 1);
  return {
    amdahl: cores.map((p) => ({ cores: p, speedup: amdahlSpeedup(serialFraction, p) })),
    perfect: cores.map((p) => ({ cores: p, speedup: p })),
  };
}
