import { defaultChunkSize } from "../../../common/chunks";
import { NotCloneableError, TaskTimeoutError } from "../../../common/errors";
import { isCloneable, transferables } from "../../../common/payload";
import {
  ChunkFlags,
  decodeFailure,
  type FromPoolWorker,
  type Ready,
  type RunChunk,
  resultsAt,
} from "../../../common/wire";
import type { Call, CallOptions, Chunk, Sink, Task, TaskRef } from "./call";
import { WorkerSlot } from "./slot";
import { chunkRecord } from "./timeline";

/**
 * The pool's mechanism: a queue of calls, the workers, and the chunk each one is running. Idle
 * workers take the next chunk of the oldest call still wanted (cut when it is handed over); a
 * stopped call's running workers are replaced; a crashed or timed-out worker is replaced in its
 * slot.
 */
export class Dispatcher {
  readonly slots: WorkerSlot[];
  /** Calls with chunks not yet handed to a worker, oldest first. */
  private readonly queue: Call[] = [];
  private nextChunkId = 0;
  /** Every source task this pool was given, by its text (and entry): the same text, one number. */
  private readonly taskIds = new Map<string, number>();
  private terminated = false;

  constructor(readonly size: number) {
    this.slots = Array.from({ length: size }, (_, index) => this.spawn(index));
  }

  /** Stops every worker at once; calls still running reject. */
  terminate(): void {
    this.terminated = true;
    const gone = new Error("The pool was terminated.");
    for (const slot of this.slots) {
      slot.terminate();
      const chunk = slot.running;
      slot.running = null;
      if (chunk) {
        clearTimeout(chunk.timer);
        this.settle(chunk.call, gone);
      }
    }
    for (const call of this.queue.splice(0)) this.settle(call, gone);
  }

  submit(task: Task, items: readonly unknown[], options: CallOptions, sink: Sink): void {
    const { chunkSize = defaultChunkSize(items.length, this.size), signal } = options;
    const refusal = this.refusal(task, chunkSize, options);
    if (refusal !== null || items.length === 0) {
      // Settle asynchronously, as a call that ran would.
      queueMicrotask(() => (refusal === null ? sink.done() : sink.fail(refusal)));
      return;
    }
    const call: Call = {
      task: typeof task === "string" ? task : this.numbered(task),
      items: items.slice(),
      options,
      chunkSize,
      nextItem: 0,
      chunksSent: 0,
      chunksLeft: Math.ceil(items.length / chunkSize),
      settled: false,
      sink,
      forget: () => {},
    };
    if (signal) {
      const stop = () => this.abandon(call, signal.reason);
      signal.addEventListener("abort", stop, { once: true });
      call.forget = () => signal.removeEventListener("abort", stop);
    }
    this.queue.push(call);
    this.pump();
  }

  private numbered({ source, entry }: { source: string; entry?: string }): TaskRef {
    const key = entry === undefined ? source : `${entry}\u0000${source}`;
    let taskId = this.taskIds.get(key);
    if (taskId === undefined) {
      taskId = this.taskIds.size;
      this.taskIds.set(key, taskId);
    }
    return entry === undefined ? { taskId, source } : { taskId, source, entry };
  }

  /** Why a call cannot start, or null. */
  private refusal(task: Task, chunkSize: number, options: CallOptions): unknown {
    if (this.terminated) return new Error("This pool was terminated.");
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

  private spawn(index: number): WorkerSlot {
    return new WorkerSlot(
      index,
      (slot, message) => this.receive(slot, message),
      (slot, reason) => this.replace(slot, reason),
    );
  }

  /** Gives every idle worker the next chunk whose call is still wanted. */
  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.isReady || slot.running) continue;
      const chunk = this.nextChunk();
      if (!chunk) return;
      this.send(slot, chunk);
    }
  }

  /** Cuts the next chunk off the oldest call that still has items to hand out. */
  private nextChunk(): Chunk | undefined {
    for (let call = this.queue[0]; call; call = this.queue[0]) {
      if (call.settled || call.nextItem >= call.items.length) {
        this.queue.shift();
        continue;
      }
      const first = call.nextItem;
      const end = Math.min(first + call.chunkSize, call.items.length);
      call.nextItem = end;
      const index = call.chunksSent++;
      return { id: this.nextChunkId++, index, call, first, end, sentAt: 0, timer: undefined };
    }
    return undefined;
  }

  private send(slot: WorkerSlot, chunk: Chunk): void {
    const { call } = chunk;
    const { task, options } = call;
    let name: string | number;
    if (typeof task === "string") name = task;
    else {
      name = task.taskId;
      if (!slot.knownTasks.has(name)) {
        slot.post({ type: "define", ...task });
        slot.knownTasks.add(name);
      }
    }
    const flags =
      (options.onChunk ? ChunkFlags.timed : 0) |
      (options.data === "transfer" ? ChunkFlags.transferResults : 0);
    const message: RunChunk = [chunk.id, name, flags];
    for (let item = chunk.first; item < chunk.end; item++) message.push(call.items[item]);
    // Taken before posting: the worker may start the chunk before `postMessage` returns, and
    // the worker's clock is placed by the rule that no chunk starts before it was sent.
    if (options.onChunk) chunk.sentAt = performance.now();
    try {
      slot.post(message, options.data === "transfer" ? transferables(message) : undefined);
    } catch (error) {
      const bad = call.items.slice(chunk.first, chunk.end).findIndex((item) => !isCloneable(item));
      const what = `The input of task ${chunk.first + Math.max(bad, 0)}`;
      this.settle(call, new NotCloneableError(what, error as Error));
      this.pump();
      return;
    }
    const limit = options.timeoutMs;
    if (limit !== undefined) {
      chunk.timer = setTimeout(
        () => {
          this.settle(call, new TaskTimeoutError(chunk.first, chunk.end - chunk.first, limit));
          this.replace(slot, null);
        },
        limit * (chunk.end - chunk.first),
      );
    }
    slot.running = chunk;
  }

  private receive(slot: WorkerSlot, message: Exclude<FromPoolWorker, Ready>): void {
    const chunk = slot.running;
    const chunkId = Array.isArray(message) ? message[0] : message.chunkId;
    if (!chunk || chunk.id !== chunkId) return;
    slot.running = null;
    if (chunk.timer !== undefined) clearTimeout(chunk.timer);
    const { call } = chunk;
    const { onChunk } = call.options;
    const results = Array.isArray(message) ? message.slice(resultsAt(onChunk !== undefined)) : [];
    if (onChunk) {
      const times = Array.isArray(message)
        ? { startedAt: message[1] as number, finishedAt: message[2] as number }
        : message;
      if (times.startedAt !== undefined) {
        onChunk(
          chunkRecord(slot, chunk, times, results, Array.isArray(message) ? "done" : "failed"),
        );
      }
    }
    if (!Array.isArray(message)) {
      this.settle(call, decodeFailure(message, { task: chunk.first + message.index }));
    } else if (!call.settled) {
      call.sink.chunk(chunk.first, results);
      call.chunksLeft -= 1;
      if (call.chunksLeft === 0) {
        call.settled = true;
        call.forget();
        call.sink.done();
      }
    }
    this.pump();
  }

  /** Stops a call: its queued chunks are skipped, the workers running it are replaced. */
  private abandon(call: Call, reason: unknown): void {
    if (call.settled) return;
    this.settle(call, reason);
    for (const slot of this.slots) {
      if (slot.running?.call === call) this.replace(slot, null);
    }
  }

  /** Terminates a worker and starts a fresh one in its slot; `reason` fails the chunk it ran. */
  private replace(slot: WorkerSlot, reason: Error | null): void {
    slot.terminate();
    const chunk = slot.running;
    slot.running = null;
    if (chunk) {
      clearTimeout(chunk.timer);
      const { first, end } = chunk;
      const range = end - first === 1 ? `task ${first}` : `tasks ${first}–${end - 1}`;
      if (reason)
        this.settle(
          chunk.call,
          new Error(`A pool worker crashed while running ${range}: ${reason.message}`),
        );
    }
    if (this.terminated) return;
    const fresh = this.spawn(slot.index);
    this.slots[slot.index] = fresh;
    fresh.ready.then(
      () => this.pump(),
      (error: unknown) => {
        for (const call of this.queue.splice(0)) this.settle(call, error);
      },
    );
  }

  private settle(call: Call, reason: unknown): void {
    if (call.settled) return;
    call.settled = true;
    call.forget();
    call.sink.fail(reason);
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
