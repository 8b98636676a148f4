/// <reference lib="webworker" />

import { type CompiledTask, CompileFailure, compiledTask, compileTask } from "../../common/compile";
import { thrown } from "../../common/failure";
import { isCloneable, transferables } from "../../common/payload";
import type { FromWorker, RunChunk } from "../../common/wire/pool";
import { kernels } from "../kernels";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromWorker, transfer?: Transferable[]) =>
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
    : (kernels[message.kernel] as CompiledTask | undefined);
}

async function compileThenRun(message: RunChunk): Promise<void> {
  const { chunkId } = message;
  try {
    if (message.type === "run-kernel") {
      throw new CompileFailure(`There is no kernel named "${message.kernel}".`, null, null);
    }
    runChunk(message, await compileTask(message.source, message.entry));
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
    const index = results.findIndex((result) => !isCloneable(result));
    const { name, message } = error as Error;
    const cause = `its result cannot be sent back (${message})`;
    reply({
      type: "failed",
      chunkId,
      index: Math.max(index, 0),
      message: cause,
      // The error's kind first, as a thrown error's stack has it: a DataCloneError.
      stack: `${name}: ${message}`,
      line: null,
      startedAt,
      finishedAt,
    });
  }
}

function fail(chunk: RunChunk, index: number, error: unknown, startedAt: number): void {
  const { chunkId } = chunk;
  const { message, stack, line } = thrown(error);
  reply({
    type: "failed",
    chunkId,
    index,
    message,
    stack,
    line: chunk.type === "run-source" ? line : null,
    startedAt,
    finishedAt: performance.now(),
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
