import type { KernelName } from "./kernels";

/**
 * The whole wire format between the engine's pool and its workers: plain messages, one round
 * trip per chunk, so the per-task hot path has no proxy layer. Times are the worker's own
 * `performance.now()`; `ready` carries its `timeOrigin` so the pool can put them on the page's
 * clock.
 */

/** What a worker runs: a kernel it has built in, or a function's source text it compiles once. */
export type TaskRef = { kernel: KernelName } | { source: string };

/** Main thread → worker: run the task on each item of a chunk, in order. */
export interface RunChunk {
  type: "run";
  chunkId: number;
  task: TaskRef;
  items: unknown[];
  /** Move result buffers back instead of copying them. */
  transferResults: boolean;
}

export type ToWorker = RunChunk;

interface ChunkTimes {
  chunkId: number;
  startedAt: number;
  finishedAt: number;
}

/** Worker → main thread. */
export type FromWorker =
  /** The module has loaded and the worker takes work. */
  | { type: "ready"; timeOrigin: number }
  | ({ type: "done"; results: unknown[] } & ChunkTimes)
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
