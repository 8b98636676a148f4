/// <reference lib="webworker" />

import { worker } from "workerpool";

const identity = (item: unknown): unknown => item;

/**
 * workerpool runs one function call per task and has no chunking, so the benchmarks chunk for
 * it: `identityChunk` runs the empty task on every item of a chunk, as a Corelab pool worker
 * runs a chunk.
 */
worker({
  identity,
  identityChunk: (items: unknown[]): unknown[] => items.map(identity),
});
