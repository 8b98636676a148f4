import { defaultChunkSize } from "../../../common/chunks";
import { TaskTimeoutError } from "../../../common/errors";
import {
  ChunkFlags,
  decodeFailure,
  type Failure,
  type FromPoolWorker,
  isPrimitive,
  type Ready,
  resultsAt,
} from "../../../common/wire";
import type { Call, CallOptions, Chunk, Sink, Task } from "./call";
import { MailboxChannel, type SharedResults } from "./mailbox";
import { ChunkTimes, fairShare, isQuick, MOST_IN_FLIGHT } from "./queueAhead";
import { WorkerSlot } from "./slot";
import { refusalOf, TaskNumbers } from "./submission";
import { chunkRecord } from "./timeline";

/** How long the page polls the mailboxes for an answer before it waits without blocking, in ms. */
const POLL_MS = 0.05;
/** The longest the page keeps handing out chunks and polling in one go, in ms. */
const TURN_MS = 4;

/**
 * The pool's mechanism: a queue of calls, the workers, and the chunks each one holds. Idle
 * workers take the next chunk of the oldest call still wanted (cut when it is handed over); on
 * the message path, a worker running a quick call also gets a few more of that call's chunks
 * queued, as CPython's task handler fills the pipe ahead of its workers (see `queueAhead.ts`).
 * A stopped call's workers are replaced; a crashed or timed-out worker is replaced in its slot.
 */
export class Dispatcher {
  readonly slots: WorkerSlot[];
  /** Calls with chunks not yet handed to a worker, oldest first. */
  private readonly queue: Call[] = [];
  private readonly tasks = new TaskNumbers();
  private readonly chunkTimes = new ChunkTimes();
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
      for (const chunk of slot.inFlight.splice(0)) {
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
    const defined = this.tasks.define(task as Exclude<Task, (...args: never[]) => unknown>);
    const call: Call = {
      task: defined,
      items: items.slice(),
      options,
      chunkSize,
      nextItem: 0,
      chunksSent: 0,
      chunksLeft: Math.ceil(items.length / chunkSize),
      // Until its first chunk is back, as quick as the task's last chunk was, item for item.
      chunkMs: this.chunkTimes.estimate(defined.taskId, chunkSize),
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

  /**
   * Every idle worker first; then, on the message path, one more chunk at a time to each worker
   * whose call is quick, round the workers, so that they stay even.
   */
  private handOut(): void {
    for (const slot of this.slots) {
      if (!slot.isReady || slot.inFlight.length > 0) continue;
      const call = this.nextCall();
      if (!call) return;
      this.send(slot, this.cut(call, slot));
    }
    if (this.shared) return;
    for (let held = 1; held < MOST_IN_FLIGHT; held++) {
      for (const slot of this.slots) {
        const call = slot.inFlight[0]?.call;
        if (!slot.isReady || slot.inFlight.length !== held || !call || !isQuick(call)) continue;
        // Only the same call: stopping it then replaces no other call's worker.
        const next = this.nextCall();
        if (!next) return;
        if (next === call && held < fairShare(call, this.slots)) {
          this.send(slot, this.cut(call, slot));
        }
      }
    }
  }

  /** The oldest call that still has items to hand out. */
  private nextCall(): Call | undefined {
    for (let call = this.queue[0]; call; call = this.queue[0]) {
      if (!call.settled && call.nextItem < call.items.length) return call;
      this.queue.shift();
    }
    return undefined;
  }

  /** Cuts the call's next chunk, for `slot`'s worker. */
  private cut(call: Call, slot: WorkerSlot): Chunk {
    const first = call.nextItem;
    const end = Math.min(first + call.chunkSize, call.items.length);
    call.nextItem = end;
    const index = call.chunksSent++;
    return { id: slot.nextChunkId++, index, call, first, end, sentAt: 0, timer: undefined };
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
    chunk.sentAt = performance.now();
    const { mailbox } = slot;
    if (
      mailbox &&
      known &&
      options.data !== "transfer" &&
      MailboxChannel.carries(call.items, first, end)
    ) {
      mailbox.run(chunk.id, taskId, flags, call.items, first, end);
    } else {
      const refused = slot.postChunk(chunk, flags);
      if (refused) {
        this.settle(call, refused);
        this.pump();
        return;
      }
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
    slot.inFlight.push(chunk);
  }

  private receive(slot: WorkerSlot, message: Exclude<FromPoolWorker, Ready>): void {
    if (isPrimitive(message)) {
      // A bare result (OneDone) answers the oldest chunk still out.
      const [oldest] = slot.inFlight;
      if (oldest) this.finished(slot, oldest, [message], undefined, null);
      return;
    }
    const chunkId = Array.isArray(message) ? message[0] : message.chunkId;
    // In order, unless a task returned a promise and the worker went on to the next chunk.
    const chunk = slot.inFlight.find((held) => held.id === chunkId);
    if (!chunk) return;
    if (Array.isArray(message)) {
      const timed = chunk.call.options.onChunk !== undefined;
      const times = timed
        ? { startedAt: message[1] as number, finishedAt: message[2] as number }
        : undefined;
      this.finished(slot, chunk, message.slice(resultsAt(timed)), times, null);
    } else {
      const times = message.startedAt === undefined ? undefined : message;
      this.finished(slot, chunk, [], times, message);
    }
  }

  private receiveShared(slot: WorkerSlot, shared: SharedResults): void {
    const [chunk] = slot.inFlight;
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
    slot.inFlight.splice(slot.inFlight.indexOf(chunk), 1);
    if (chunk.timer !== undefined) clearTimeout(chunk.timer);
    const { call } = chunk;
    this.chunkTimes.record(slot, chunk, performance.now());
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
      if (slot.inFlight[0]?.call === call) this.replace(slot, null);
    }
  }

  /** Terminates a worker and starts a fresh one in its slot; `reason` fails the chunk it ran. */
  private replace(slot: WorkerSlot, reason: Error | null): void {
    slot.terminate();
    const [chunk, ...queued] = slot.inFlight.splice(0);
    for (const behind of queued) clearTimeout(behind.timer);
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
