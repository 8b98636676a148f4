/**
 * The I/O-bound lesson's extract-transform-load job: the transform every record goes through,
 * and the asyncio version of the whole job. The modelled threads run `etlTransform`, the event
 * loop runs `etlAsyncio`, which calls it: a reader who edits this file changes both alike. An
 * edited file is compiled alone, so this one imports nothing.
 */

export interface EtlJob {
  /** How many records each coroutine reads, transforms and writes: the threads' shares. */
  shares: number[];
  /** How long each read and each write waits, in ms. */
  waitMs: number;
  /** The transform's CPU work: find this prime. */
  transformN: number;
}

/** What the event loop did: the records transformed, and what the last transform returned. */
export interface EtlOutcome {
  transformed: number;
  lastOutput: number | null;
}

/** Does nothing: the event loop has no lock to check. */
const noCheck = (): void => {};

/** Trial division by odd numbers up to √n, as in etl.py. */
function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let divisor = 3; divisor * divisor <= n; divisor += 2) {
    if (n % divisor === 0) return false;
  }
  return true;
}

/**
 * A record's transform: Python code that holds the GIL. Its work is etl.py's `nth_prime(n)`,
 * found by testing every candidate in turn. `checkpoint` runs before each candidate; in a
 * modelled thread it is where CPython checks whether another thread has asked for the GIL.
 */
export function etlTransform(n: number, checkpoint: () => void = noCheck): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, not ${n}`);
  let found = 0;
  for (let candidate = 2; ; candidate++) {
    checkpoint();
    if (isPrime(candidate) && ++found === n) return candidate;
  }
}

/** `await asyncio.sleep(ms)`: the event loop runs other coroutines meanwhile. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The job as asyncio runs it: one thread, one coroutine per share, each reading, transforming
 * and writing its records. A read or write is a non-blocking wait, so while one coroutine
 * waits, the event loop runs another.
 */
export async function etlAsyncio({ shares, waitMs, transformN }: EtlJob): Promise<EtlOutcome> {
  const outcome: EtlOutcome = { transformed: 0, lastOutput: null };
  const worker = async (count: number) => {
    for (let record = 0; record < count; record++) {
      await sleep(waitMs); // extract: read the record
      outcome.lastOutput = etlTransform(transformN); // transform: nothing else runs meanwhile
      outcome.transformed++;
      await sleep(waitMs); // load: write the result
    }
  };
  await Promise.all(shares.map(worker));
  return outcome;
}
