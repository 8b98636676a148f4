import type { KernelName } from "../../workers/kernels";

/**
 * The whole wire format between the engine's pool and its workers: plain messages, one round
 * trip per chunk, so the per-task hot path has no proxy layer. Times are the worker's own
 * `performance.now()`; `ready` carries its `timeOrigin` so the pool can put them on the page's
 * clock.
 */

interface ChunkOfItems {
  chunkId: number;
  items: unknown[];
  /** Move result buffers back instead of copying them; absent means copy. */
  transferResults?: true;
  /** Send back when the chunk started and finished (for a timeline); absent means don't. */
  timed?: true;
}

/**
 * Main thread → worker: run a kernel, or compiled source, on each item of a chunk, in order.
 * Flat messages with no nested task object: structured clone pays for every object it copies,
 * and this is the per-task hot path.
 */
export type RunChunk =
  | ({ type: "run-kernel"; kernel: KernelName } & ChunkOfItems)
  | ({
      type: "run-source";
      source: string;
      /** Set when `source` is a kernel's TypeScript file: run its export of this name. */
      entry?: string;
    } & ChunkOfItems);

export type ToWorker = RunChunk;

interface ChunkTimes {
  chunkId: number;
  startedAt: number;
  finishedAt: number;
}

/** Times only when the chunk asked for them: every field costs a copy on this hot path. */
type MaybeTimes = ChunkTimes | { chunkId: number; startedAt?: never; finishedAt?: never };

/** Worker → main thread. */
export type FromWorker =
  /** The module has loaded and the worker takes work. */
  | { type: "ready"; timeOrigin: number }
  | ({ type: "done"; results: unknown[] } & MaybeTimes)
  /** Item `index` of the chunk threw, or its result could not be sent back. */
  | ({
      type: "failed";
      index: number;
      message: string;
      stack: string;
      /** Line in the task's source text, for source tasks. */
      line: number | null;
    } & ChunkTimes)
  /** The source text did not compile; line and column are 1-based. */
  | {
      type: "compile-failed";
      chunkId: number;
      message: string;
      line: number | null;
      column: number | null;
    };
