import { quantile } from "../../common/stats";

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
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

/**
 * Warms every case up, then times each `rounds` times, interleaved (a, b, c, a, b, c, …) so that
 * a drift of the machine, such as another process taking a core for a while, hits every case
 * alike rather than whichever ran last. Returns each case with its median time in ms.
 */
export async function medianTimes<Case extends TimedCase>(
  cases: readonly Case[],
  rounds: number,
): Promise<{ timed: Case; medianMs: number }[]> {
  for (const timed of cases) await timed.warmUp();
  const times = new Map(cases.map((timed) => [timed, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const [timed, ms] of times) ms.push(await timeMs(() => timed.run()));
  }
  return [...times].map(([timed, ms]) => ({ timed, medianMs: median(ms) }));
}
