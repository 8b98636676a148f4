import { defaultChunkSize } from "../../common/chunks";
import { WorkerPool } from "../../workers/pool/host/pool";
import type { Row } from "./row";
import { medianTimes, type TimedCase } from "./timing";
import { type Pool, startWorkerpool } from "./workerpool-pool";

const TASKS = 10_000;
const ROUNDS = 5;
/** `undefined` stands for the default: Python's rule, ceil(n / (4 × workers)). */
const CHUNK_SIZES = [1, 10, 100, 1_000, undefined] as const;
type ChunkSize = (typeof CHUNK_SIZES)[number];

interface ThroughputCase extends TimedCase {
  subject: string;
}

/**
 * Tiny-task throughput: 10,000 empty tasks (the numbers 0 … 9999 through an identity task), all
 * issued at once, on a pool of `navigator.hardwareConcurrency` workers, at chunk sizes 1, 10,
 * 100, 1000 and the default. Corelab chunks by itself (`map("identity", items, { chunkSize })`);
 * workerpool has no chunking, so at chunk size 1 it gets one `exec` per item (its ordinary use)
 * and above that one `exec("identityChunk")` per chunk we cut, results flattened back into one
 * array as `map` returns them. Both pools are started before the clock; each case runs once to
 * warm up (its results checked), then 5 times interleaved with the others. The row is 10,000 /
 * the median time, in tasks per second.
 */
export async function tinyTasks(): Promise<Row[]> {
  const workers = navigator.hardwareConcurrency || 1;
  const items = Array.from({ length: TASKS }, (_, i) => i);
  const corelab = await WorkerPool.start(workers);
  try {
    const workerpool = await startWorkerpool(workers);
    try {
      const timed = await medianTimes(
        [
          ...CHUNK_SIZES.map((size) => corelabCase(corelab, items, size)),
          ...CHUNK_SIZES.map((size) => workerpoolCase(workerpool, items, size, workers)),
        ],
        ROUNDS,
      );
      return timed.map(({ timed, medianMs }) => ({
        metric: "tiny-tasks-per-s",
        subject: timed.subject,
        value: TASKS / (medianMs / 1_000),
        unit: "tasks/s",
      }));
    } finally {
      await workerpool.terminate();
    }
  } finally {
    corelab.terminate();
  }
}

function corelabCase(pool: WorkerPool, items: number[], size: ChunkSize): ThroughputCase {
  const run = () => pool.map("identity", items, size === undefined ? {} : { chunkSize: size });
  return {
    subject: `corelab@chunk=${size ?? "default"}`,
    warmUp: async () => checkIdentity(await run()),
    run,
  };
}

function workerpoolCase(
  pool: Pool,
  items: number[],
  size: ChunkSize,
  workers: number,
): ThroughputCase {
  const chunkSize = size ?? defaultChunkSize(items.length, workers);
  const run = async (): Promise<unknown[]> => {
    if (chunkSize === 1) return Promise.all(items.map((item) => pool.exec("identity", [item])));
    const chunks: number[][] = [];
    for (let first = 0; first < items.length; first += chunkSize) {
      chunks.push(items.slice(first, first + chunkSize));
    }
    const results = await Promise.all(chunks.map((chunk) => pool.exec("identityChunk", [chunk])));
    // concat, not flat(): V8's flat() is several times slower and would handicap workerpool.
    return ([] as unknown[]).concat(...results);
  };
  return {
    subject: `workerpool@chunk=${size ?? "default"}`,
    warmUp: async () => checkIdentity(await run()),
    run,
  };
}

/** A subject that drops or reorders results would look fast for the wrong reason. */
function checkIdentity(results: readonly unknown[]): void {
  const wrong = results.length !== TASKS || results.some((value, index) => value !== index);
  if (wrong) throw new Error("An identity task did not return the numbers 0 … 9999 in order.");
}
