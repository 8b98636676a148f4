import type { DataMode } from "../../../common/payload";
import type { Input, Output, Task } from "../../pool/host/call";
import type { WorkerPool } from "../../pool/host/pool";
import type { ChunkRecord } from "../../pool/host/timeline";

/**
 * Runs one task per worker (`chunkSize` 1) and times the pass as the workers saw it: from the
 * first starting to the last finishing, without the messages to and from the page.
 */
export async function timedPoolPass<T extends Task>(
  pool: WorkerPool,
  kernel: T,
  tasks: Input<T>[],
  signal: AbortSignal,
  data: DataMode = "shared",
): Promise<{ results: Output<T>[]; kernelMs: number }> {
  const chunks: ChunkRecord[] = [];
  const onChunk = (chunk: ChunkRecord) => chunks.push(chunk);
  const results = await pool.map(kernel, tasks, { data, chunkSize: 1, signal, onChunk });
  const kernelMs =
    Math.max(...chunks.map((chunk) => chunk.finishedAt)) -
    Math.min(...chunks.map((chunk) => chunk.startedAt));
  return { results, kernelMs };
}
