/// <reference lib="webworker" />

import { CompileFailure, compileTask, sourceLine } from "../../common/compile";
import type { FromGilWorker, RunThread, ThreadKernel } from "../../common/wire/gil";
import { etlTransform } from "../kernels/etl";
import { nthPrime } from "../kernels/nth-prime";
import { runThread, type ThreadHost } from "./thread";

/** One modelled Python thread: it blocks in Atomics.wait, which only a worker may do. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromGilWorker) => scope.postMessage(message);
/** The kernels a thread runs as built: only these two, not the pools' whole registry. */
const builtIn: Record<ThreadKernel, ThreadHost["compute"]> = { nthPrime, etlTransform };

scope.onmessage = ({ data }: MessageEvent<RunThread>) => {
  // The built-in kernel starts at once; the reader's code is compiled first (cached per worker).
  if (typeof data.compute === "string") run(data, builtIn[data.compute]);
  else void compileThenRun(data, data.compute);
};

async function compileThenRun(data: RunThread, edited: Exclude<RunThread["compute"], string>) {
  let compute: ThreadHost["compute"];
  try {
    compute = (await compileTask(edited.source, edited.entry)) as unknown as typeof compute;
  } catch (error) {
    const failure =
      error instanceof CompileFailure ? error : new CompileFailure(String(error), null, null);
    const { message, line, column } = failure;
    reply({ type: "compile-failed", runId: data.runId, message, line, column });
    return;
  }
  run(data, compute);
}

function run(data: RunThread, compute: ThreadHost["compute"]): void {
  try {
    const report = runThread(data, { compute, now: () => performance.now() });
    reply({ type: "done", runId: data.runId, report });
  } catch (error) {
    const { message, stack = "" } = error instanceof Error ? error : new Error(String(error));
    const line = typeof data.compute === "string" ? null : sourceLine(stack);
    reply({ type: "failed", runId: data.runId, message, stack, line });
  }
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
