import { NotCloneableError } from "../../../common/errors";
import { isCloneable, transferables } from "../../../common/payload";
import {
  type DefineTask,
  type FromPoolWorker,
  isPrimitive,
  type Ready,
  type RunChunk,
  type RunOne,
  type ShareMailbox,
} from "../../../common/wire";
import type { Chunk } from "./call";
import { WorkerClock } from "./clock";
import { MailboxChannel, type SharedResults } from "./mailbox";

/** How a slot hears from its worker. */
export interface SlotEvents {
  message(slot: WorkerSlot, message: Exclude<FromPoolWorker, Ready>): void;
  /** A chunk's results through shared memory (only for a slot with a mailbox). */
  shared(slot: WorkerSlot, results: SharedResults): void;
  crash(slot: WorkerSlot, reason: Error): void;
}

/** One worker of a pool and what it is doing. */
export class WorkerSlot {
  readonly worker: Worker;
  /** Resolves when the worker has loaded and takes work; rejects if it cannot load. */
  readonly ready: Promise<void>;
  isReady = false;
  /** Puts the worker's times on the page's clock. */
  clock = new WorkerClock(0);
  /** How long the worker took from creation until it took work, in ms. */
  startMs = 0;
  /** The tasks whose source this worker was sent (by `taskId`): later chunks name them only. */
  readonly knownTasks = new Set<number>();
  /** Chunks are numbered per worker, so that a bare item's id (`RunOne`) is the last one's + 1. */
  nextChunkId = 0;
  /** The last chunk posted: a bare item (`RunOne`) repeats its task and flags, and follows its id. */
  lastPosted = { chunkId: -1, taskId: -1, flags: 0 };
  /**
   * The chunks the worker holds, in the order sent: it runs the first, the rest wait in its
   * queue. All of one call.
   */
  readonly inFlight: Chunk[] = [];
  /** When the page last had a chunk's answer from this worker. */
  answeredAt = Number.NEGATIVE_INFINITY;
  /** The worker's mailbox in shared memory, when the pool dispatches that way. */
  readonly mailbox: MailboxChannel | null;

  constructor(
    readonly index: number,
    shared: boolean,
    events: SlotEvents,
  ) {
    this.mailbox = shared ? new MailboxChannel((results) => events.shared(this, results)) : null;
    const created = performance.now();
    this.worker = new Worker(new URL("../pool-worker.ts", import.meta.url), {
      type: "module",
      name: `corelab pool worker ${index + 1}`,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      // The worker says `ready` first, then only answers chunks.
      this.worker.onmessage = ({ data }: MessageEvent<Ready>) => {
        this.isReady = true;
        this.clock = new WorkerClock(data.timeOrigin - performance.timeOrigin);
        this.startMs = performance.now() - created;
        this.worker.onmessage = ({ data }: MessageEvent<Exclude<FromPoolWorker, Ready>>) =>
          events.message(this, data);
        if (this.mailbox)
          this.post({
            type: "share",
            buffer: this.mailbox.mailbox.cells.buffer as SharedArrayBuffer,
          });
        resolve();
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        if (this.isReady) {
          events.crash(this, new Error(event.message || "the worker stopped"));
        } else {
          const detail =
            event.message || "its script could not be loaded (missing file or network error)";
          reject(new Error(`A pool worker failed to start: ${detail}`));
        }
      };
    });
  }

  post(message: RunChunk | RunOne | DefineTask | ShareMailbox, transfer?: Transferable[]): void {
    if (transfer) this.worker.postMessage(message, transfer);
    else this.worker.postMessage(message);
  }

  /**
   * Posts a chunk by message, and its task first if this worker has not had it. A chunk of one
   * primitive item that follows the last one posted (same task and flags, next id) goes as the
   * bare item (`RunOne`). Returns the error when an item cannot be cloned: the chunk did not go.
   */
  postChunk(chunk: Chunk, flags: number): NotCloneableError | null {
    const { call, first, end } = chunk;
    const { taskId } = call.task;
    const known = this.knownTasks.has(taskId);
    if (!known) {
      this.post(call.task);
      this.knownTasks.add(taskId);
    }
    const item = call.items[first];
    const { lastPosted } = this;
    const posted = { chunkId: chunk.id, taskId, flags };
    if (
      !this.mailbox &&
      end - first === 1 &&
      isPrimitive(item) &&
      lastPosted.chunkId + 1 === chunk.id &&
      lastPosted.taskId === taskId &&
      lastPosted.flags === flags
    ) {
      this.post(item); // the bare item (RunOne)
      this.lastPosted = posted;
      return null;
    }
    const message: RunChunk = [chunk.id, taskId, flags];
    for (let at = first; at < end; at++) message.push(call.items[at]);
    try {
      this.post(message, call.options.data === "transfer" ? transferables(message) : undefined);
    } catch (error) {
      if (!known && this.mailbox) {
        // The definition went out: an empty chunk brings the worker to read it, and back.
        this.post([-1, taskId, 0]);
        this.mailbox.posted();
      }
      const bad = call.items.slice(first, end).findIndex((each) => !isCloneable(each));
      return new NotCloneableError(`The input of task ${first + Math.max(bad, 0)}`, error as Error);
    }
    this.lastPosted = posted;
    this.mailbox?.posted();
    return null;
  }

  terminate(): void {
    this.worker.terminate();
  }
}
