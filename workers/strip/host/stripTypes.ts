import type { FromStripWorker, ToStripWorker } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";

/**
 * The reader's edited kernel file as JavaScript, lines kept, stripped once per run before any
 * clock starts, so that every worker that runs it only wraps and evaluates it: a fresh worker
 * then costs the same whether the code was edited or not. Sucrase loads into a short-lived
 * worker of its own, never into the page (its evaluation would be a long main-thread task) nor
 * into the timed workers. A compile error becomes a `CompileError` at its line and column.
 */
export async function stripKernelFile(source: string, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  const worker = new Worker(new URL("../strip-worker.ts", import.meta.url), {
    type: "module",
    name: "strip-types",
  });
  const channel = await WorkerChannel.open<ToStripWorker, FromStripWorker>(worker, { signal });
  try {
    const reply = await channel.request({ source }, signal);
    if (reply.type !== "stripped") throw new Error(`Unexpected reply ${reply.type}`);
    return reply.code;
  } finally {
    channel.close();
  }
}
