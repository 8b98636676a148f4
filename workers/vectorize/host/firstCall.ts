import type { FromFirstCallWorker, ToFirstCallWorker } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";

export type FirstCalls = Extract<FromFirstCallWorker, { type: "measured" }>;

/**
 * Starts a fresh worker (not timed), times `calls` calls of the JavaScript loop (the reader's,
 * with `jsKernels`), then compiling, instantiating and `calls` calls of the WebAssembly SIMD
 * kernel, and ends the worker. Throws CompileError, at its line, if the reader's file does not
 * compile.
 */
export async function measureFirstCalls(
  request: Omit<ToFirstCallWorker, "type">,
  signal: AbortSignal,
): Promise<FirstCalls> {
  const worker = new Worker(new URL("../first-call-worker.ts", import.meta.url), {
    type: "module",
    name: "corelab first call",
  });
  const channel = await WorkerChannel.open<ToFirstCallWorker, FromFirstCallWorker>(worker, {
    signal,
  });
  try {
    const reply = await channel.request({ type: "measure", ...request }, signal);
    if (reply.type !== "measured") throw new Error(`Unexpected reply ${reply.type}`);
    return reply;
  } finally {
    channel.close();
  }
}
