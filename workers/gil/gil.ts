import {
  DROP_REQUEST,
  DROP_REQUESTS,
  HANDOFFS,
  LAST_HOLDER,
  LOCKED,
  SWITCH_NUMBER,
} from "../../common/gil/layout";

/** `Atomics.wait`'s shape, so tests can script what the other threads do meanwhile. */
export type Wait = (
  cells: Int32Array,
  index: number,
  expected: number,
  timeoutMs: number,
) => "ok" | "not-equal" | "timed-out";

/** What a thread's code needs from the interpreter's lock. */
export interface InterpreterLock {
  /** Blocks until this thread holds the lock. */
  take(): void;
  /**
   * Lets go of the lock, around blocking I/O (`Py_BEGIN_ALLOW_THREADS`). `onSwitchWait` runs if
   * the thread must first wait for another to take it (see `Gil.drop`).
   */
  release(onSwitchWait?: () => void): void;
  /** Has another thread asked for the lock? The evaluation loop's cheap check. */
  dropRequested(): boolean;
  /** Hands the lock over and waits to get it back: the evaluation loop's answer to a request. */
  yieldToWaiter(): void;
  /** Lets go for good, when the thread ends. */
  exit(): void;
}

/**
 * CPython's GIL as it has worked since 3.2 (Antoine Pitrou's "new GIL", Python/ceval_gil.c),
 * for one thread, over the shared control block:
 *
 * - A thread that finds the GIL held waits on it for at most the switch interval. If it timed
 *   out and no other thread took the GIL meanwhile, it sets the drop request and waits again.
 * - The holder sees the request at its next check (`dropRequested`, in the evaluation loop) and
 *   drops the GIL. As with CPython's FORCE_SWITCHING, it then waits until another thread has
 *   actually taken the GIL before it queues for it again, so it cannot grab it straight back.
 * - Blocking I/O drops the GIL for the whole wait and takes it again afterwards, by the same
 *   rules.
 *
 * The mutex and condition variables of the C code become a futex-style lock: compare-and-swap
 * on LOCKED, `Atomics.wait` with the interval as timeout, `Atomics.notify` to wake one waiter.
 */
export class Gil implements InterpreterLock {
  constructor(
    private readonly cells: Int32Array,
    private readonly thread: number,
    private readonly switchIntervalMs: number,
    private readonly wait: Wait = Atomics.wait,
  ) {}

  take(): void {
    const { cells } = this;
    while (Atomics.compareExchange(cells, LOCKED, 0, 1) !== 0) {
      const switchBefore = Atomics.load(cells, SWITCH_NUMBER);
      const outcome = this.wait(cells, LOCKED, 1, this.switchIntervalMs);
      const locked = Atomics.load(cells, LOCKED) === 1;
      const switched = Atomics.load(cells, SWITCH_NUMBER) !== switchBefore;
      if (shouldRequestDrop(outcome, locked, switched)) {
        Atomics.store(cells, DROP_REQUEST, 1);
        Atomics.add(cells, DROP_REQUESTS, 1);
      }
    }
    const previous = Atomics.exchange(cells, LAST_HOLDER, this.thread);
    if (previous !== this.thread) {
      Atomics.add(cells, SWITCH_NUMBER, 1);
      if (previous >= 0) Atomics.add(cells, HANDOFFS, 1);
      Atomics.notify(cells, SWITCH_NUMBER);
    }
    // Whatever request made the last holder let go has been answered.
    Atomics.store(cells, DROP_REQUEST, 0);
  }

  release(onSwitchWait?: () => void): void {
    this.drop(true, onSwitchWait);
  }

  dropRequested(): boolean {
    return Atomics.load(this.cells, DROP_REQUEST) !== 0;
  }

  yieldToWaiter(): void {
    this.drop(true);
    this.take();
  }

  exit(): void {
    this.drop(false);
  }

  /**
   * Frees the GIL and wakes one waiter. If a drop request is pending and no other thread has
   * taken the GIL since this one did, waits until one has (FORCE_SWITCHING), unless the thread
   * is ending.
   */
  private drop(forceSwitch: boolean, onSwitchWait?: () => void): void {
    const { cells } = this;
    Atomics.store(cells, LOCKED, 0);
    Atomics.notify(cells, LOCKED, 1);
    if (!forceSwitch || Atomics.load(cells, DROP_REQUEST) === 0) return;
    if (Atomics.load(cells, LAST_HOLDER) !== this.thread) return;
    Atomics.store(cells, DROP_REQUEST, 0);
    onSwitchWait?.();
    for (;;) {
      const switches = Atomics.load(cells, SWITCH_NUMBER);
      if (Atomics.load(cells, LAST_HOLDER) !== this.thread) return;
      this.wait(cells, SWITCH_NUMBER, switches, Number.POSITIVE_INFINITY);
    }
  }
}

/**
 * CPython's rule for asking the holder to drop the GIL: only after a wait that timed out, while
 * the GIL is still held, and if no switch to another thread happened during the wait (then the
 * waiting is fair and the new holder gets its own interval).
 */
export function shouldRequestDrop(
  outcome: ReturnType<Wait>,
  locked: boolean,
  switched: boolean,
): boolean {
  return outcome === "timed-out" && locked && !switched;
}

/** The free-threaded build (PEP 703): no interpreter lock, so nothing ever waits for one. */
export const NO_LOCK: InterpreterLock = {
  take() {},
  release() {},
  dropRequested: () => false,
  yieldToWaiter() {},
  exit() {},
};
