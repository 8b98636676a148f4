import type { Step } from "../../kit";
import { splitRange } from "../../kit";

/** Finds each n-th prime in turn. */
export const computeAll = (ns: readonly number[]): Step[] => ns.map((n) => ({ do: "compute", n }));

/** The transform's CPU work per record: find the 1,000th prime, a fraction of a millisecond. */
export const TRANSFORM_N = 1_000;

/** One thread's share of the job: read a record, transform it, write it; again and again. */
export function etlProgram(records: number, waitMs: number): Step[] {
  return Array.from({ length: records }, (): Step[] => [
    { do: "io", ms: waitMs },
    { do: "compute", n: TRANSFORM_N },
    { do: "io", ms: waitMs },
  ]).flat();
}

/** How many of the records each of `parts` threads or coroutines gets: as equal as can be. */
export const etlShares = (records: number, parts: number): number[] =>
  splitRange(records, parts).map(({ from, to }) => to - from);

/** The records cut into `threads` shares, one program each. */
export function etlPrograms(records: number, waitMs: number, threads: number): Step[][] {
  return etlShares(records, threads).map((count) => etlProgram(count, waitMs));
}

/** The reply's own work, tiny: find the 100th prime. */
const REPLY_N = 100;
/** The CPU-bound thread's unit of work, found again and again until the I/O thread is done. */
const CRUNCH_N = 2_000;

/** Wait for a reply, answer it, again; then tell the CPU-bound thread to stop. */
export function replyProgram(replies: number, waitMs: number): Step[] {
  const rounds = Array.from({ length: replies }, (): Step[] => [
    { do: "io", ms: waitMs },
    { do: "compute", n: REPLY_N },
  ]);
  return [...rounds.flat(), { do: "signalDone" }];
}

/** Compute without pause until the reply thread is done. */
export const crunchProgram: Step[] = [{ do: "computeUntilDone", n: CRUNCH_N }];
