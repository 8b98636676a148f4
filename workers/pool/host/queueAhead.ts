import type { Call, Chunk } from "./call";
import type { WorkerSlot } from "./slot";

/**
 * The message path's rule for queueing chunks in a worker behind the one it runs, so that the
 * worker does not wait a round trip for each: CPython's task handler fills the pipe ahead of its
 * workers in the same spirit.
 *
 * A call whose last chunk took less than `QUICK_CHUNK_MS` (from hand-over, or from the answer
 * before it, to its answer) is quick: its chunks queue up to `MOST_IN_FLIGHT` deep, never past a
 * worker's share of what is left of the call, so at most about 1.5 ms of queued work waits when
 * the other workers run dry. Slower calls go only to idle workers, which balances uneven tasks;
 * calls with a time limit never queue, since the limit counts from hand-over. Tiny tasks: about
 * twice the throughput at 1 to 100 per chunk.
 */
const QUICK_CHUNK_MS = 0.5;
/** The most chunks a worker holds at once (the one it runs and those queued behind it). */
export const MOST_IN_FLIGHT = 4;

/** Whether a call's chunks may queue in a worker: quick ones, and none with a time limit. */
export function isQuick(call: Call): boolean {
  return call.chunkMs < QUICK_CHUNK_MS && call.options.timeoutMs === undefined;
}

/**
 * A worker's share of what is left of a call, in chunks (held or not yet handed out), so that
 * near its end no worker holds chunks queued while another runs dry.
 */
export function fairShare(call: Call, slots: readonly WorkerSlot[]): number {
  let left = Math.ceil((call.items.length - call.nextItem) / call.chunkSize);
  let workers = 0;
  for (const slot of slots) {
    if (!slot.isReady) continue;
    workers += 1;
    for (const chunk of slot.inFlight) if (chunk.call === call) left += 1;
  }
  return Math.ceil(left / workers);
}

/**
 * How long chunks take, remembered per task, so that a new call of a task that was quick last
 * time queues from its first hand-out.
 */
export class ChunkTimes {
  /** How long each task's last chunk took a worker, per item, in ms (by `taskId`). */
  private readonly itemMs = new Map<number, number>();

  /** A new call's chunk time: its task's last, item for item; unknown tasks are not quick. */
  estimate(taskId: number, chunkSize: number): number {
    return (this.itemMs.get(taskId) ?? Number.POSITIVE_INFINITY) * chunkSize;
  }

  /**
   * A chunk came back at `now`: its time in the worker counts from when it was sent or, if it
   * waited behind another, from that one's answer.
   */
  record(slot: WorkerSlot, chunk: Chunk, now: number): void {
    const { call } = chunk;
    call.chunkMs = now - Math.max(chunk.sentAt, slot.answeredAt);
    this.itemMs.set(call.task.taskId, call.chunkMs / (chunk.end - chunk.first));
    slot.answeredAt = now;
  }
}
