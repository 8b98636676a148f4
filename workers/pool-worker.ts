/// <reference lib="webworker" />

import { transferables } from "../app/engine/pool/payload";
import { type CompiledTask, CompileFailure, compileTask, sourceLine } from "./compile";
import { kernels } from "./kernels";
import type { FromWorker, RunChunk, TaskRef } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = ({ data }: MessageEvent<RunChunk>) => runChunk(data);

async function runChunk({ chunkId, task, items, transferResults }: RunChunk): Promise<void> {
  let run: CompiledTask;
  try {
    run = await resolveTask(task);
  } catch (error) {
    const failure =
      error instanceof CompileFailure ? error : new CompileFailure(String(error), null, null);
    reply({
      type: "compile-failed",
      chunkId,
      message: failure.message,
      line: failure.line,
      column: failure.column,
    });
    return;
  }

  const startedAt = performance.now();
  const results: unknown[] = [];
  for (const [index, item] of items.entries()) {
    try {
      const value = run(item);
      results.push(isThenable(value) ? await value : value);
    } catch (error) {
      const { message, stack = "" } = error instanceof Error ? error : new Error(String(error));
      const line = "source" in task ? sourceLine(stack) : null;
      const finishedAt = performance.now();
      reply({ type: "failed", chunkId, index, message, stack, line, startedAt, finishedAt });
      return;
    }
  }
  const finishedAt = performance.now();
  try {
    reply(
      { type: "done", chunkId, results, startedAt, finishedAt },
      transferResults ? transferables(results) : [],
    );
  } catch (error) {
    // A result the browser cannot clone: a function, a DOM-less class instance with methods…
    const index = results.findIndex((result) => !isCloneable(result));
    const message = `its result cannot be sent back (${(error as Error).message})`;
    reply({
      type: "failed",
      chunkId,
      index: Math.max(index, 0),
      message,
      stack: "",
      line: null,
      startedAt,
      finishedAt,
    });
  }
}

function resolveTask(task: TaskRef): Promise<CompiledTask> | CompiledTask {
  if ("source" in task) return compileTask(task.source);
  const kernel = kernels[task.kernel] as CompiledTask | undefined;
  if (!kernel) throw new CompileFailure(`There is no kernel named "${task.kernel}".`, null, null);
  return kernel;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
