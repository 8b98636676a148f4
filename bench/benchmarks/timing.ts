import { quantile } from "../../common/stats";
import type { Row } from "./row";

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** The interquartile range of some rounds, as a row's `spread`. */
export function interquartile(values: readonly number[]): NonNullable<Row["spread"]> {
  const sorted = [...values].sort((a, b) => a - b);
  return { low: quantile(sorted, 0.25), high: quantile(sorted, 0.75), rounds: values.length };
}

/** How long `work` takes, in ms, on the page's clock (5 µs resolution when isolated). */
export async function timeMs(work: () => PromiseLike<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Something to time: `warmUp` runs untimed first (and may check results), `run` is timed. */
export interface TimedCase {
  warmUp(): PromiseLike<unknown>;
  run(): PromiseLike<unknown>;
}

/** A case's times over its rounds: the median and the interquartile range, in ms. */
export interface Timed<Case> {
  timed: Case;
  medianMs: number;
  /** The 25th and 75th percentiles of the rounds: half the rounds fell between them. */
  q1Ms: number;
  q3Ms: number;
  rounds: number;
}

/**
 * Warms every case up, then times each `rounds` times, interleaved (a, b, c, a, b, c, …) so that
 * a drift of the machine, such as another process taking a core for a while, hits every case
 * alike rather than whichever ran last. Returns each case with its median time and spread.
 */
export async function medianTimes<Case extends TimedCase>(
  cases: readonly Case[],
  rounds: number,
): Promise<Timed<Case>[]> {
  for (const timed of cases) await timed.warmUp();
  const times = new Map(cases.map((timed) => [timed, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const [timed, ms] of times) ms.push(await timeMs(() => timed.run()));
  }
  return [...times].map(([timed, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return {
      timed,
      medianMs: quantile(sorted, 0.5),
      q1Ms: quantile(sorted, 0.25),
      q3Ms: quantile(sorted, 0.75),
      rounds,
    };
  });
}
