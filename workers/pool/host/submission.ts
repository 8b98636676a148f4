/** What the dispatcher checks and records about a call as it is submitted. */
import { NotCloneableError } from "../../../common/errors";
import type { DefineTask } from "../../../common/wire";
import type { CallOptions, Task } from "./call";

/** Why a call cannot start (a pool that was terminated aside), or null. */
export function refusalOf(task: Task, chunkSize: number, options: CallOptions): unknown {
  if (typeof task === "function") return notCloneable("A function", task);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    return new RangeError(`chunkSize must be a whole number ≥ 1, not ${chunkSize}.`);
  }
  if (options.data === "shared" && typeof SharedArrayBuffer !== "function") {
    return new Error(
      "Sharing memory needs SharedArrayBuffer, which needs a cross-origin-isolated page.",
    );
  }
  if (options.signal?.aborted) return options.signal.reason;
  return null;
}

/**
 * Numbers every task a pool is given, the same task always the same number, so that a worker is
 * told a task once (`DefineTask`) and later chunks name it by its number.
 */
export class TaskNumbers {
  private readonly numbers = new Map<string, number>();

  define(task: Exclude<Task, (...args: never[]) => unknown>): DefineTask {
    const key =
      typeof task === "string"
        ? `kernel\u0000${task}`
        : "entry" in task
          ? `${task.entry}\u0000${task.source}`
          : task.source;
    let taskId = this.numbers.get(key);
    if (taskId === undefined) {
      taskId = this.numbers.size;
      this.numbers.set(key, taskId);
    }
    if (typeof task === "string") return { type: "define", taskId, kernel: task };
    const { source } = task;
    return "entry" in task
      ? { type: "define", taskId, source, entry: task.entry }
      : { type: "define", taskId, source };
  }
}

/** The browser's own DataCloneError for a value, wrapped with what it means. */
function notCloneable(what: string, value: unknown): NotCloneableError {
  try {
    structuredClone(value);
    return new NotCloneableError(what, new Error("it could not be cloned."));
  } catch (error) {
    return new NotCloneableError(what, error as Error);
  }
}
