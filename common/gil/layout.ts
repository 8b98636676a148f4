/**
 * The modelled interpreter's shared state: one Int32Array over a SharedArrayBuffer that every
 * thread worker sees. The first cells are the fields of CPython's `struct _gil_runtime_state`
 * (Python/ceval_gil.c) that the scheduling depends on; then counters for the lesson; then one
 * private cell per thread, used only to block in I/O.
 */

/** 1 while some thread holds the GIL (`gil->locked`). */
export const LOCKED = 0;
/** The thread that took the GIL last (`gil->last_holder`), or NO_THREAD. */
export const LAST_HOLDER = 1;
/** Bumped whenever a different thread takes the GIL (`gil->switch_number`). */
export const SWITCH_NUMBER = 2;
/** A waiting thread's request that the holder drop the GIL (`gil_drop_request`). */
export const DROP_REQUEST = 3;
/** How many times the GIL passed from one thread to another in this run. */
export const HANDOFFS = 4;
/** How many times a waiting thread asked the holder to drop it. */
export const DROP_REQUESTS = 5;
/** A shared event threads can set and poll (`threading.Event`). */
export const DONE = 6;
const FIRST_IO_CELL = 8;

export const NO_THREAD = -1;

/** The cell thread `thread` blocks on during I/O; nobody ever notifies it. */
export function ioCell(thread: number): number {
  return FIRST_IO_CELL + thread;
}

/** A control block for up to `threads` threads, in shared memory. */
export function createControlBlock(threads: number): Int32Array {
  const cells = new Int32Array(new SharedArrayBuffer(4 * ioCell(threads)));
  resetControlBlock(cells);
  return cells;
}

/** The state of an interpreter no thread has run in yet; call only while every thread is idle. */
export function resetControlBlock(cells: Int32Array): void {
  cells.fill(0);
  cells[LAST_HOLDER] = NO_THREAD;
}
