import { splitRange } from "../../app/engine/chunks";
import { nthPrime } from "./nth-prime";

export interface EtlJob {
  records: number;
  /** How long each read and each write waits, in ms. */
  waitMs: number;
  /** The transform's CPU work: find this prime. */
  transformN: number;
  /** Coroutines sharing the records, as the threads do. */
  tasks: number;
}

/** `await asyncio.sleep(ms)`: the event loop runs other coroutines meanwhile. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The extract-transform-load job as asyncio runs it: one thread, `tasks` coroutines, each
 * reading, transforming and writing its share of the records. A read or write is a
 * non-blocking wait, so while one coroutine waits, the event loop runs another. Returns how many
 * records were transformed.
 */
export async function etlAsyncio({ records, waitMs, transformN, tasks }: EtlJob): Promise<number> {
  let transformed = 0;
  const worker = async (count: number) => {
    for (let record = 0; record < count; record++) {
      await sleep(waitMs); // extract: read the record
      nthPrime(transformN); // transform: CPU work, nothing else runs meanwhile
      transformed++;
      await sleep(waitMs); // load: write the result
    }
  };
  const shares = splitRange(records, tasks).map(({ from, to }) => to - from);
  await Promise.all(shares.map(worker));
  return transformed;
}
