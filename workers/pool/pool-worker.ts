/// <reference lib="webworker" />

import { CompileError } from "../../common/errors";
import { findUncloneable, isCloneable, transferables } from "../../common/payload";
import { encodeFailure, type FromPoolWorker, type RunChunk } from "../../common/wire";
import { type CompiledTask, compiledTask, compileTask } from "../compile";
import { type KernelName, kernels } from "../kernels";
import { lockDownStorage } from "../lockDownStorage";

lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromPoolWorker, transfer?: Transferable[]) =>
  transfer ? scope.postMessage(message, transfer) : scope.postMessage(message);

// The hot path stays synchronous: a built-in kernel or an already compiled task runs at once,
// without an await; only a first-time compile, or a task that returns a promise, goes async.
scope.onmessage = ({ data }: MessageEvent<RunChunk>) => {
  const known = knownTask(data);
  if (known) runChunk(data, known);
  else void compileThenRun(data);
};

function knownTask(message: RunChunk): CompiledTask | undefined {
  return message.type === "run-source"
    ? compiledTask(message.source, message.entry)
    : (kernels[message.kernel as KernelName] as CompiledTask | undefined);
}

async function compileThenRun(message: RunChunk): Promise<void> {
  const { chunkId } = message;
  try {
    if (message.type === "run-kernel") {
      throw new CompileError(`There is no kernel named "${message.kernel}".`, null, null);
    }
    runChunk(message, await compileTask(message.source, message.entry));
  } catch (error) {
    reply({ ...encodeFailure(error), chunkId, index: 0 });
  }
}

function runChunk(message: RunChunk, run: CompiledTask): void {
  const startedAt = performance.now();
  const { items } = message;
  const results = new Array<unknown>(items.length);
  for (let index = 0; index < items.length; index++) {
    let value: unknown;
    try {
      value = run(items[index]);
    } catch (error) {
      fail(message, index, error, startedAt);
      return;
    }
    if (isThenable(value)) {
      void finishAsync(message, run, results, index, value, startedAt);
      return;
    }
    results[index] = value;
  }
  finish(message, results, startedAt);
}

/** The rest of a chunk once a task has returned a promise: each result awaited in turn. */
async function finishAsync(
  message: RunChunk,
  run: CompiledTask,
  results: unknown[],
  from: number,
  pending: PromiseLike<unknown>,
  startedAt: number,
): Promise<void> {
  let index = from;
  try {
    results[index] = await pending;
    for (index = from + 1; index < message.items.length; index++) {
      results[index] = await run(message.items[index]);
    }
  } catch (error) {
    fail(message, index, error, startedAt);
    return;
  }
  finish(message, results, startedAt);
}

function finish(
  { chunkId, transferResults, timed }: RunChunk,
  results: unknown[],
  startedAt: number,
): void {
  const finishedAt = performance.now();
  try {
    reply(
      timed
        ? { type: "done", chunkId, results, startedAt, finishedAt }
        : { type: "done", chunkId, results },
      transferResults ? transferables(results) : undefined,
    );
  } catch (error) {
    // A result the browser cannot clone: a function, a class instance with methods…
    const index = Math.max(
      0,
      results.findIndex((result) => !isCloneable(result)),
    );
    const found = findUncloneable(results[index], "result");
    const { message } = error as Error;
    const { path, what } = found ?? { path: "result", what: "something" };
    reply({ type: "uncloneable", message, path, what, chunkId, index, startedAt, finishedAt });
  }
}

function fail({ chunkId }: RunChunk, index: number, error: unknown, startedAt: number): void {
  reply({ ...encodeFailure(error), chunkId, index, startedAt, finishedAt: performance.now() });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
