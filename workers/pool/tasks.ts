import { CompileError } from "../../common/errors";
import type { DefineTask } from "../../common/wire";
import { type CompiledTask, compileTask } from "../compile";
import { type KernelName, kernels } from "../kernels";

/** Each task the pool defined, by its number, and the function once it is ready to run. */
const defined = new Map<number, DefineTask>();
const ready = new Map<number, CompiledTask>();

export function defineTask(task: DefineTask): void {
  defined.set(task.taskId, task);
}

/** The task's function if it can run at once: a kernel, or source compiled earlier. */
export function readyTask(taskId: number): CompiledTask | undefined {
  return ready.get(taskId);
}

/** Looks the kernel up or compiles the source, once; only ever throws a CompileError. */
export async function prepareTask(taskId: number): Promise<CompiledTask> {
  const task = defined.get(taskId);
  if (!task) throw new CompileError(`The pool never defined task ${taskId}.`, null, null);
  let run: CompiledTask;
  if ("kernel" in task) {
    const kernel = kernels[task.kernel as KernelName] as CompiledTask | undefined;
    if (!kernel) throw new CompileError(`There is no kernel named "${task.kernel}".`, null, null);
    run = kernel;
  } else {
    run = await compileTask(task.source, task.entry);
  }
  ready.set(taskId, run);
  return run;
}

/** How a chunk ended: every result, or the first task that failed. */
export interface ChunkEnd {
  done(startedAt: number): void;
  failed(index: number, error: unknown, startedAt: number): void;
}

/**
 * Runs the task on `items[from]` … `items[to - 1]`, in order, pushing each result onto
 * `results`, then calls `end`. The hot path stays synchronous: a ready task runs without an
 * await; only a first-time compile, or a task that returns a promise, goes async. Returns
 * whether the chunk ended before this returned.
 */
export function runChunk(
  taskId: number,
  items: ArrayLike<unknown>,
  from: number,
  to: number,
  results: unknown[],
  end: ChunkEnd,
): boolean {
  const startedAt = performance.now();
  const run = ready.get(taskId);
  if (!run) {
    void prepareTask(taskId).then(
      (prepared) => {
        ready.set(taskId, prepared);
        runChunk(taskId, items, from, to, results, end);
      },
      (error: unknown) => end.failed(0, error, startedAt),
    );
    return false;
  }
  for (let at = from; at < to; at++) {
    let value: unknown;
    try {
      value = run(items[at]);
    } catch (error) {
      end.failed(at - from, error, startedAt);
      return true;
    }
    if (isThenable(value)) {
      void finishAsync(run, items, at, to, value, results, end, from, startedAt);
      return false;
    }
    results.push(value);
  }
  end.done(startedAt);
  return true;
}

/** The rest of a chunk once a task has returned a promise: each result awaited in turn. */
async function finishAsync(
  run: CompiledTask,
  items: ArrayLike<unknown>,
  pendingAt: number,
  to: number,
  pending: PromiseLike<unknown>,
  results: unknown[],
  end: ChunkEnd,
  from: number,
  startedAt: number,
): Promise<void> {
  let at = pendingAt;
  try {
    results.push(await pending);
    for (at = pendingAt + 1; at < to; at++) results.push(await run(items[at]));
  } catch (error) {
    end.failed(at - from, error, startedAt);
    return;
  }
  end.done(startedAt);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  if (typeof value !== "object" && typeof value !== "function") return false;
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}
