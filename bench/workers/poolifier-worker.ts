/// <reference lib="webworker" />

// First: imports run in order, and the library needs this before it loads.
import "./poolifier-runtime";
import { ThreadWorker } from "poolifier-web-worker";

const identity = (item: unknown): unknown => item;

/**
 * poolifier runs one function call per task and has no chunking, so the benchmarks chunk for
 * it, as for workerpool: `identityChunk` runs the empty task on every item of a chunk.
 */
export default new ThreadWorker({
  identity,
  identityChunk: (items: unknown) => (items as unknown[]).map(identity),
});
