import { defaultChunkSize } from "../../common/chunks";
import { WorkerPool } from "../../workers/pool/host/pool";
import { startPoolifier } from "./poolifier-pool";
import type { Row } from "./row";
import { medianTimes, type TimedCase } from "./timing";
import { startWorkerpool } from "./workerpool-pool";

const TASKS = 10_000;
const ROUNDS = 7;
/** `undefined` stands for the default: Python's rule, ceil(n / (4 × workers)). */
const CHUNK_SIZES = [1, 10, 100, 1_000, undefined] as const;
type ChunkSize = (typeof CHUNK_SIZES)[number];

interface ThroughputCase extends TimedCase {
  subject: string;
}

/** A pool without chunking: one call per task, or one call per chunk we cut for it. */
interface PeerPool {
  name: string;
  one(item: number): PromiseLike<unknown>;
  chunk(items: number[]): PromiseLike<unknown[]>;
}

/**
 * Tiny-task throughput: 10,000 empty tasks (the numbers 0 … 9999 through an identity task), all
 * issued at once, on pools of `navigator.hardwareConcurrency` workers, at chunk sizes 1, 10,
 * 100, 1000 and the default. Corelab chunks by itself (`map("identity", items, { chunkSize })`),
 * on its message path (`corelab`) and on shared memory (`corelab-shared`). workerpool and
 * poolifier-web-worker have no chunking, so at chunk size 1 they get one call per item (their
 * ordinary use) and above that one `identityChunk` call per chunk we cut, results flattened
 * back into one array as `map` returns them. Every pool is started before the clock; each case
 * runs once to warm up (its results checked), then 7 times, every case of every subject
 * interleaved. The row is 10,000 / the median time, in tasks per second, with the rounds'
 * interquartile range as its spread.
 */
export async function tinyTasks(): Promise<Row[]> {
  const workers = navigator.hardwareConcurrency || 1;
  const items = Array.from({ length: TASKS }, (_, i) => i);
  const stops: (() => unknown)[] = [];
  try {
    const corelab = await WorkerPool.start(workers, { dispatch: "messages" });
    stops.push(() => corelab.terminate());
    const shared = await WorkerPool.start(workers, { dispatch: "shared" });
    stops.push(() => shared.terminate());
    const workerpool = await startWorkerpool(workers);
    stops.push(() => workerpool.terminate());
    const poolifier = await startPoolifier(workers);
    stops.push(() => poolifier.destroy());
    const peers: PeerPool[] = [
      {
        name: "workerpool",
        one: (item) => workerpool.exec("identity", [item]),
        chunk: (chunk) => workerpool.exec("identityChunk", [chunk]),
      },
      {
        name: "poolifier",
        one: (item) => poolifier.execute(item, "identity"),
        chunk: (chunk) => poolifier.execute(chunk, "identityChunk") as Promise<unknown[]>,
      },
    ];
    const timed = await medianTimes(
      [
        ...CHUNK_SIZES.map((size) => corelabCase("corelab", corelab, items, size)),
        ...CHUNK_SIZES.map((size) => corelabCase("corelab-shared", shared, items, size)),
        ...peers.flatMap((peer) => CHUNK_SIZES.map((size) => peerCase(peer, items, size, workers))),
      ],
      ROUNDS,
    );
    const perSecond = (ms: number) => TASKS / (ms / 1_000);
    return timed.map(({ timed, medianMs, q1Ms, q3Ms, rounds }) => ({
      metric: "tiny-tasks-per-s",
      subject: timed.subject,
      value: perSecond(medianMs),
      unit: "tasks/s",
      spread: { low: perSecond(q3Ms), high: perSecond(q1Ms), rounds },
    }));
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

function corelabCase(
  name: string,
  pool: WorkerPool,
  items: number[],
  size: ChunkSize,
): ThroughputCase {
  const run = () => pool.map("identity", items, size === undefined ? {} : { chunkSize: size });
  return {
    subject: `${name}@chunk=${size ?? "default"}`,
    warmUp: async () => checkIdentity(await run()),
    run,
  };
}

function peerCase(
  peer: PeerPool,
  items: number[],
  size: ChunkSize,
  workers: number,
): ThroughputCase {
  const chunkSize = size ?? defaultChunkSize(items.length, workers);
  const run = async (): Promise<unknown[]> => {
    if (chunkSize === 1) return Promise.all(items.map((item) => peer.one(item)));
    const chunks: number[][] = [];
    for (let first = 0; first < items.length; first += chunkSize) {
      chunks.push(items.slice(first, first + chunkSize));
    }
    const results = await Promise.all(chunks.map((chunk) => peer.chunk(chunk)));
    // concat, not flat(): V8's flat() is several times slower and would handicap the peer.
    return ([] as unknown[]).concat(...results);
  };
  return {
    subject: `${peer.name}@chunk=${size ?? "default"}`,
    warmUp: async () => checkIdentity(await run()),
    run,
  };
}

/** A subject that drops or reorders results would look fast for the wrong reason. */
function checkIdentity(results: readonly unknown[]): void {
  const wrong = results.length !== TASKS || results.some((value, index) => value !== index);
  if (wrong) throw new Error("An identity task did not return the numbers 0 … 9999 in order.");
}
