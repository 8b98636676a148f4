import { WorkerPool } from "../../workers/pool/host/pool";
import type { Row } from "./row";
import { medianTimes } from "./timing";

const CALLS = 20;
const ROUNDS = 7;
const ITEMS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * What the pools lesson's reuse-pool experiment shows, on a quiet machine: `CALLS` calls of
 * `map("square", 8 numbers)`, with a new pool of `cores` workers started and ended for every call
 * (`multiprocessing.Pool()` inside a loop), against one pool started once and reused. Both start
 * their pools inside the clock, as the experiment does; the two cases are timed interleaved,
 * `ROUNDS` times, and each row is a median. The e2e suite checks only that the lesson measures
 * both; how much reuse saves is this row's to say.
 */
export async function poolReuse(): Promise<Row[]> {
  const cores = navigator.hardwareConcurrency || 1;
  const newPoolPerCall = {
    subject: "new-pool-per-call",
    async run() {
      for (let call = 0; call < CALLS; call++) {
        const pool = await WorkerPool.start(cores);
        try {
          await pool.map("square", ITEMS);
        } finally {
          pool.terminate();
        }
      }
    },
  };
  const onePoolReused = {
    subject: "one-pool-reused",
    async run() {
      const pool = await WorkerPool.start(cores);
      try {
        for (let call = 0; call < CALLS; call++) await pool.map("square", ITEMS);
      } finally {
        pool.terminate();
      }
    },
  };
  const cases = [newPoolPerCall, onePoolReused].map((timed) => ({ ...timed, warmUp: timed.run }));
  const measured = await medianTimes(cases, ROUNDS);
  const msOf = (subject: string) =>
    measured.find(({ timed }) => timed.subject === subject)?.medianMs ?? Number.NaN;
  return [
    ...measured.map(({ timed, medianMs }) => ({
      metric: `pool-reuse-ms@${CALLS}-calls`,
      subject: timed.subject,
      value: medianMs,
      unit: "ms",
    })),
    {
      metric: "pool-reuse-ratio",
      subject: "new-pool-per-call / one-pool-reused",
      value: msOf("new-pool-per-call") / msOf("one-pool-reused"),
      unit: "ratio",
    },
  ];
}
