/**
 * A pool worker's mailbox in shared memory, for the pool's shared-memory dispatch: one
 * SharedArrayBuffer per worker (a ring of one: the pool gives a worker one chunk at a time), in which the page writes a chunk (its task's number and up to
 * `MAILBOX_ITEMS` numbers) and the worker writes the chunk's results back over the items. Each
 * side counts what it has written in its own cell and waits on the other's: the worker parked in
 * `Atomics.wait`, the page in `Atomics.waitAsync`. What numbers cannot carry goes by message:
 * the page then writes a `MESSAGE` request, which sends the worker back to its event loop, and
 * the worker answers a chunk whose results are not all numbers (or that failed) by message too.
 *
 * Layout: Int32 cells first (below), then Float64 values: the chunk's start and end times, then
 * its items (results on the way back).
 */

/** Requests the page has written (the worker waits on this cell). */
export const TO_WORKER = 0;
/** Replies the worker has written (the page waits on this cell). */
export const TO_PAGE = 1;
/** What the last request is: `RUN` or `MESSAGE`. */
export const KIND = 2;
export const CHUNK_ID = 3;
/** The task's number, as a `DefineTask` gave it. */
export const TASK = 4;
/** `ChunkFlags` of the chunk. */
export const FLAGS = 5;
/** How many items the chunk has. */
export const COUNT = 6;
/** How the worker answered: `RESULTS_HERE` or `ANSWERED_BY_MESSAGE`. */
export const STATUS = 7;
const INT_CELLS = 8;

/** The chunk's items are in shared memory. */
export const RUN = 1;
/** The chunk was posted as a message: read it on your event loop, then come back. */
export const MESSAGE = 2;

export const RESULTS_HERE = 1;
export const ANSWERED_BY_MESSAGE = 2;

/** Float64 values: the chunk's start and end (worker clock), then items, then results. */
export const STARTED_AT = 0;
export const FINISHED_AT = 1;
export const FIRST_ITEM = 2;
/** The most items a chunk may have to travel in shared memory (32 KiB of doubles). */
export const MAILBOX_ITEMS = 4096;

export interface Mailbox {
  cells: Int32Array;
  values: Float64Array;
}

/** A fresh mailbox, all zero: no request written, none answered. */
export function createMailbox(): Mailbox {
  const buffer = new SharedArrayBuffer(8 * (INT_CELLS / 2 + FIRST_ITEM + MAILBOX_ITEMS));
  return mailboxOver(buffer);
}

/** Both views over a mailbox's buffer, as either side makes them. */
export function mailboxOver(buffer: SharedArrayBuffer): Mailbox {
  return {
    cells: new Int32Array(buffer, 0, INT_CELLS),
    values: new Float64Array(buffer, 4 * INT_CELLS),
  };
}

/**
 * Whether this thread can use shared-memory dispatch: SharedArrayBuffer exists and can be built
 * (a page that is not cross-origin isolated may have the name but not the power), and the page
 * can wait without blocking (`Atomics.waitAsync`).
 */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer !== "function" || typeof Atomics.waitAsync !== "function") {
    return false;
  }
  try {
    new SharedArrayBuffer(8);
    return true;
  } catch {
    return false;
  }
}
