import { defaultChunkSize } from "../../../common/chunks";
import { NotCloneableError, TaskTimeoutError } from "../../../common/errors";
import { isCloneable, transferables } from "../../../common/payload";
import {
  ChunkFlags,
  decodeFailure,
  type Failure,
  type FromPoolWorker,
  type Ready,
  type RunChunk,
  resultsAt,
} from "../../../common/wire";
import type { Call, CallOptions, Chunk, Sink, Task } from "./call";
import { MailboxChannel, type SharedResults } from "./mailbox";
import { WorkerSlot } from "./slot";
import { refusalOf, TaskNumbers } from "./submission";
import { chunkRecord } from "./timeline";

/** How long the page polls the mailboxes for an answer before it waits without blocking, in ms. */
const POLL_MS = 0.05;
/** The longest the page keeps handing out chunks and polling in one go, in ms. */
const TURN_MS = 4;

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
  private readonly tasks = new TaskNumbers();
  private terminated = false;
  private pumping = false;
  private pumpAgain = false;

  /** `shared`: each worker gets a mailbox in shared memory, for chunks of numbers. */
  constructor(
    readonly size: number,
    private readonly shared: boolean,
  ) {
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
    const refusal = this.terminated
      ? new Error("This pool was terminated.")
      : refusalOf(task, chunkSize, options);
    if (refusal !== null || items.length === 0) {
      // Settle asynchronously, as a call that ran would.
      queueMicrotask(() => (refusal === null ? sink.done() : sink.fail(refusal)));
      return;
    }
    const call: Call = {
      task: this.tasks.define(task as Exclude<Task, (...args: never[]) => unknown>),
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

  private spawn(index: number): WorkerSlot {
    return new WorkerSlot(index, this.shared, {
      message: (slot, message) => this.receive(slot, message),
      shared: (slot, results) => this.receiveShared(slot, results),
      crash: (slot, reason) => this.replace(slot, reason),
    });
  }

  /**
   * Gives every idle worker the next chunk whose call is still wanted. With mailboxes, it then
   * polls them for answers for a few microseconds, handing out more as they come, since tiny
   * tasks are answered far sooner than any wake-up could report them; past that, or after a few
   * milliseconds in all, it leaves the rest to `Atomics.waitAsync` and returns the thread to the
   * page. Calls made while it runs (as results come in) only ask it to go round again.
   */
  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      const began = performance.now();
      let lastAnswer = began;
      for (;;) {
        this.pumpAgain = false;
        this.handOut();
        if (this.pumpAgain) continue;
        if (!this.shared || performance.now() - began > TURN_MS) break;
        let took = false;
        let awaiting = false;
        for (const slot of this.slots) {
          if (slot.mailbox?.take()) took = true;
          if (slot.mailbox?.awaiting) awaiting = true;
        }
        const now = performance.now();
        if (took) lastAnswer = now;
        else if (!awaiting || now - lastAnswer > POLL_MS) break;
      }
    } finally {
      this.pumping = false;
    }
    for (const slot of this.slots) slot.mailbox?.waitAsync();
  }

  private handOut(): void {
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

  /**
   * Hands a chunk to an idle worker: through its mailbox when it has one, knows the task, and the
   * items are numbers; by message otherwise (and then the mailbox tells the worker to read it).
   */
  private send(slot: WorkerSlot, chunk: Chunk): void {
    const { call, first, end } = chunk;
    const { task, options } = call;
    const { taskId } = task;
    const known = slot.knownTasks.has(taskId);
    const flags =
      (options.onChunk ? ChunkFlags.timed : 0) |
      (options.data === "transfer" ? ChunkFlags.transferResults : 0);
    // Taken before handing over: the worker may start the chunk at once, and the worker's clock
    // is placed by the rule that no chunk starts before it was sent.
    if (options.onChunk) chunk.sentAt = performance.now();
    const { mailbox } = slot;
    if (
      mailbox &&
      known &&
      options.data !== "transfer" &&
      MailboxChannel.carries(call.items, first, end)
    ) {
      mailbox.run(chunk.id, taskId, flags, call.items, first, end);
    } else if (!this.post(slot, chunk, flags, known)) {
      return;
    }
    const limit = options.timeoutMs;
    if (limit !== undefined) {
      chunk.timer = setTimeout(
        () => {
          this.settle(call, new TaskTimeoutError(first, end - first, limit));
          this.replace(slot, null);
        },
        limit * (end - first),
      );
    }
    slot.running = chunk;
  }

  /** Posts a chunk (and its task, the first time): false if its items could not be cloned. */
  private post(slot: WorkerSlot, chunk: Chunk, flags: number, known: boolean): boolean {
    const { call, first, end } = chunk;
    if (!known) {
      slot.post(call.task);
      slot.knownTasks.add(call.task.taskId);
    }
    const message: RunChunk = [chunk.id, call.task.taskId, flags];
    for (let item = first; item < end; item++) message.push(call.items[item]);
    try {
      slot.post(message, call.options.data === "transfer" ? transferables(message) : undefined);
    } catch (error) {
      const bad = call.items.slice(first, end).findIndex((item) => !isCloneable(item));
      const what = `The input of task ${first + Math.max(bad, 0)}`;
      this.settle(call, new NotCloneableError(what, error as Error));
      if (!known && slot.mailbox) {
        // The definition went out: an empty chunk brings the worker to read it, and back.
        slot.post([-1, call.task.taskId, 0]);
        slot.mailbox.posted();
      }
      this.pump();
      return false;
    }
    slot.mailbox?.posted();
    return true;
  }

  private receive(slot: WorkerSlot, message: Exclude<FromPoolWorker, Ready>): void {
    const chunk = slot.running;
    if (Array.isArray(message)) {
      if (!chunk || chunk.id !== message[0]) return;
      const timed = chunk.call.options.onChunk !== undefined;
      const times = timed
        ? { startedAt: message[1] as number, finishedAt: message[2] as number }
        : undefined;
      this.finished(slot, chunk, message.slice(resultsAt(timed)), times, null);
    } else {
      if (!chunk || chunk.id !== message.chunkId) return;
      const times = message.startedAt === undefined ? undefined : message;
      this.finished(slot, chunk, [], times, message);
    }
  }

  private receiveShared(slot: WorkerSlot, shared: SharedResults): void {
    const chunk = slot.running;
    if (!chunk || chunk.id !== shared.chunkId) return;
    this.finished(slot, chunk, shared.results, shared, null);
  }

  /** A chunk came back: its results go to its call, or its failure ends the call. */
  private finished(
    slot: WorkerSlot,
    chunk: Chunk,
    results: unknown[],
    times: { startedAt: number; finishedAt: number } | undefined,
    failure: (Failure & { index: number }) | null,
  ): void {
    slot.running = null;
    if (chunk.timer !== undefined) clearTimeout(chunk.timer);
    const { call } = chunk;
    if (call.options.onChunk && times) {
      call.options.onChunk(chunkRecord(slot, chunk, times, results, failure ? "failed" : "done"));
    }
    if (failure) {
      this.settle(call, decodeFailure(failure, { task: chunk.first + failure.index }));
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
