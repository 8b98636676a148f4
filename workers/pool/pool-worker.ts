/// <reference lib="webworker" />

import { CompileError } from "../../common/errors";
import { findUncloneable, isCloneable, transferables } from "../../common/payload";
import {
  CHUNK_ITEMS_AT,
  type ChunkDone,
  ChunkFlags,
  type DefineTask,
  encodeFailure,
  type FromPoolWorker,
  type RunChunk,
  resultsAt,
} from "../../common/wire";
import { type CompiledTask, compileTask } from "../compile";
import { type KernelName, kernels } from "../kernels";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromPoolWorker, transfer?: Transferable[]) =>
  transfer ? scope.postMessage(message, transfer) : scope.postMessage(message);

// The hot path stays synchronous: a built-in kernel or an already compiled task runs at once,
// without an await; only a first-time compile, or a task that returns a promise, goes async.
scope.onmessage = ({ data }: MessageEvent<RunChunk | DefineTask>) => {
  if (!Array.isArray(data)) {
    sources.set(data.taskId, data);
    return;
  }
  const known = knownTask(data[1]);
  if (known) runChunk(data, known);
  else void compileThenRun(data);
};

/** Each task given as text, by the number the pool gave it, and once compiled. */
const sources = new Map<number, DefineTask>();
const compiled = new Map<number, CompiledTask>();

function knownTask(task: RunChunk[1]): CompiledTask | undefined {
  return typeof task === "number"
    ? compiled.get(task)
    : (kernels[task as KernelName] as CompiledTask | undefined);
}

async function compileThenRun(message: RunChunk): Promise<void> {
  const [chunkId, task] = message;
  try {
    if (typeof task === "string") {
      throw new CompileError(`There is no kernel named "${task}".`, null, null);
    }
    const text = sources.get(task);
    if (!text) throw new Error(`The pool never sent task ${task}'s source.`);
    const run = await compileTask(text.source, text.entry);
    compiled.set(task, run);
    runChunk(message, run);
  } catch (error) {
    reply({ ...encodeFailure(error), chunkId, index: 0 });
  }
}

/** The reply, built as the results come: `[chunkId, (startedAt, finishedAt,) ...results]`. */
function runChunk(message: RunChunk, run: CompiledTask): void {
  const startedAt = performance.now();
  const done: ChunkDone = message[2] & ChunkFlags.timed ? [message[0], startedAt, 0] : [message[0]];
  for (let at = CHUNK_ITEMS_AT; at < message.length; at++) {
    let value: unknown;
    try {
      value = run(message[at]);
    } catch (error) {
      fail(message, at, error, startedAt);
      return;
    }
    if (isThenable(value)) {
      void finishAsync(message, run, done, at, value, startedAt);
      return;
    }
    done.push(value);
  }
  finish(message, done, startedAt);
}

/** The rest of a chunk once a task has returned a promise: each result awaited in turn. */
async function finishAsync(
  message: RunChunk,
  run: CompiledTask,
  done: ChunkDone,
  from: number,
  pending: PromiseLike<unknown>,
  startedAt: number,
): Promise<void> {
  let at = from;
  try {
    done.push(await pending);
    for (at = from + 1; at < message.length; at++) done.push(await run(message[at]));
  } catch (error) {
    fail(message, at, error, startedAt);
    return;
  }
  finish(message, done, startedAt);
}

function finish(message: RunChunk, done: ChunkDone, startedAt: number): void {
  const [chunkId, , flags] = message;
  const timed = (flags & ChunkFlags.timed) !== 0;
  const finishedAt = performance.now();
  if (timed) done[2] = finishedAt;
  try {
    reply(done, flags & ChunkFlags.transferResults ? transferables(done) : undefined);
  } catch (error) {
    // A result the browser cannot clone: a function, a class instance with methods…
    const results = done.slice(resultsAt(timed));
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

/** Item `at` of the message (the chunk's item `at - CHUNK_ITEMS_AT`) failed. */
function fail([chunkId]: RunChunk, at: number, error: unknown, startedAt: number): void {
  const index = at - CHUNK_ITEMS_AT;
  reply({ ...encodeFailure(error), chunkId, index, startedAt, finishedAt: performance.now() });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  if (typeof value !== "object" && typeof value !== "function") return false;
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
