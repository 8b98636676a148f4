import { defaultChunkSize } from "../../../common/chunks";
import { NotCloneableError, TaskTimeoutError } from "../../../common/errors";
import { approxBytes, isCloneable, transferables } from "../../../common/payload";
import { decodeFailure, type FromPoolWorker, type RunChunk } from "../../../common/wire";
import type { KernelName } from "../../kernels";
import type { CallOptions, Sink, Task } from "./call";
import { WorkerSlot } from "./slot";

/** What the workers run: a kernel they have built in, or source text they compile once. */
type TaskRef = { kernel: KernelName } | { source: string; entry?: string };

interface Call {
  task: TaskRef;
  options: CallOptions;
  chunksLeft: number;
  settled: boolean;
  sink: Sink;
}

interface Chunk {
  id: number;
  index: number;
  call: Call;
  firstIndex: number;
  items: unknown[];
}

interface InFlight {
  chunk: Chunk;
  sentAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The pool's mechanism: a queue of chunks, the workers, and the chunk each one is running. Idle
 * workers take the next chunk whose call is still wanted; a stopped call's running workers are
 * replaced; a crashed or timed-out worker is replaced in its slot.
 */
export class Dispatcher {
  readonly slots: WorkerSlot[];
  private readonly inFlight = new Map<WorkerSlot, InFlight>();
  private readonly queue: Chunk[] = [];
  private nextChunkId = 0;
  private terminated = false;

  constructor(readonly size: number) {
    this.slots = Array.from({ length: size }, (_, index) => this.spawn(index));
  }

  /** Stops every worker at once; calls still running reject. */
  terminate(): void {
    this.terminated = true;
    for (const slot of this.slots) slot.terminate();
    const gone = new Error("The pool was terminated.");
    for (const { chunk, timer } of this.inFlight.values()) {
      clearTimeout(timer);
      this.settle(chunk.call, gone);
    }
    this.inFlight.clear();
    for (const chunk of this.queue.splice(0)) this.settle(chunk.call, gone);
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
      task:
        typeof task === "string"
          ? { kernel: task }
          : "entry" in task
            ? { source: task.source, entry: task.entry }
            : { source: task.source },
      options,
      chunksLeft: Math.ceil(items.length / chunkSize),
      settled: false,
      sink,
    };
    for (let first = 0, index = 0; first < items.length; first += chunkSize, index++) {
      const chunkItems = items.slice(first, first + chunkSize);
      this.queue.push({
        id: this.nextChunkId++,
        index,
        call,
        firstIndex: first,
        items: chunkItems,
      });
    }
    signal?.addEventListener("abort", () => this.abandon(call, signal.reason), { once: true });
    this.pump();
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
      if (!slot.isReady || this.inFlight.has(slot)) continue;
      const chunk = this.nextChunk();
      if (!chunk) return;
      this.send(slot, chunk);
    }
  }

  private nextChunk(): Chunk | undefined {
    let chunk = this.queue.shift();
    while (chunk?.call.settled) chunk = this.queue.shift();
    return chunk;
  }

  private send(slot: WorkerSlot, chunk: Chunk): void {
    const { call } = chunk;
    const data = call.options.data ?? "copy";
    const { id: chunkId, items } = chunk;
    const message: RunChunk =
      "kernel" in call.task
        ? { type: "run-kernel", chunkId, kernel: call.task.kernel, items }
        : { type: "run-source", chunkId, ...call.task, items };
    if (call.options.onChunk) message.timed = true;
    // Taken before posting: the worker may start the chunk before `postMessage` returns, and
    // the worker's clock is placed by the rule that no chunk starts before it was sent.
    const sentAt = performance.now();
    try {
      if (data === "transfer") {
        message.transferResults = true;
        slot.post(message, transferables(items));
      } else {
        slot.post(message);
      }
    } catch (error) {
      const bad = chunk.items.findIndex((item) => !isCloneable(item));
      const what = `The input of task ${chunk.firstIndex + Math.max(bad, 0)}`;
      this.settle(call, new NotCloneableError(what, error as Error));
      this.pump();
      return;
    }
    const limit = call.options.timeoutMs;
    const timer =
      limit === undefined
        ? undefined
        : setTimeout(() => {
            this.settle(call, new TaskTimeoutError(chunk.firstIndex, chunk.items.length, limit));
            this.replace(slot, null);
          }, limit * chunk.items.length);
    this.inFlight.set(slot, { chunk, sentAt, timer });
  }

  private receive(slot: WorkerSlot, message: Exclude<FromPoolWorker, { type: "ready" }>): void {
    const flight = this.inFlight.get(slot);
    if (!flight || flight.chunk.id !== message.chunkId) return;
    const receivedAt = performance.now();
    this.inFlight.delete(slot);
    clearTimeout(flight.timer);
    const { chunk } = flight;
    const { call } = chunk;

    if (message.startedAt !== undefined && call.options.onChunk) {
      const { sentAt } = flight;
      const { startedAt, finishedAt } = message;
      const offset = slot.clock.offsetFor({ sentAt, startedAt, finishedAt, receivedAt });
      call.options.onChunk({
        worker: slot.index,
        chunk: chunk.index,
        firstIndex: chunk.firstIndex,
        items: chunk.items.length,
        sentAt,
        startedAt: startedAt + offset,
        finishedAt: finishedAt + offset,
        receivedAt,
        bytesIn: approxBytes(chunk.items),
        bytesOut: message.type === "done" ? approxBytes(message.results) : 0,
        data: call.options.data ?? "copy",
        outcome: message.type === "done" ? "done" : "failed",
      });
    }
    if (message.type === "done") {
      if (!call.settled) {
        call.sink.chunk(chunk.firstIndex, message.results);
        call.chunksLeft -= 1;
        if (call.chunksLeft === 0) {
          call.settled = true;
          call.sink.done();
        }
      }
    } else {
      this.settle(call, decodeFailure(message, { task: chunk.firstIndex + message.index }));
    }
    this.pump();
  }

  /** Stops a call: its queued chunks are skipped, the workers running it are replaced. */
  private abandon(call: Call, reason: unknown): void {
    if (call.settled) return;
    this.settle(call, reason);
    for (const [slot, flight] of this.inFlight) {
      if (flight.chunk.call === call) this.replace(slot, null);
    }
  }

  /** Terminates a worker and starts a fresh one in its slot; `reason` fails the chunk it ran. */
  private replace(slot: WorkerSlot, reason: Error | null): void {
    slot.terminate();
    const flight = this.inFlight.get(slot);
    this.inFlight.delete(slot);
    if (flight) {
      clearTimeout(flight.timer);
      const { firstIndex, items } = flight.chunk;
      const range =
        items.length === 1
          ? `task ${firstIndex}`
          : `tasks ${firstIndex}–${firstIndex + items.length - 1}`;
      if (reason)
        this.settle(
          flight.chunk.call,
          new Error(`A pool worker crashed while running ${range}: ${reason.message}`),
        );
    }
    if (this.terminated) return;
    const fresh = this.spawn(slot.index);
    this.slots[slot.index] = fresh;
    fresh.ready.then(
      () => this.pump(),
      (error: unknown) => {
        for (const chunk of this.queue.splice(0)) this.settle(chunk.call, error);
      },
    );
  }

  private settle(call: Call, reason: unknown): void {
    if (call.settled) return;
    call.settled = true;
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
