import { describe, expect, it } from "vitest";
import {
  createControlBlock,
  DROP_REQUEST,
  DROP_REQUESTS,
  HANDOFFS,
  LAST_HOLDER,
  LOCKED,
  NO_THREAD,
  SWITCH_NUMBER,
} from "../../common/gil/layout";
import { Gil, NO_LOCK, shouldRequestDrop, type Wait } from "./gil";

/**
 * A wait that plays the other threads: each call runs the next scripted action (what happened
 * while this thread slept) and returns its outcome. Records what it was asked to wait for.
 */
function scripted(cells: Int32Array, actions: ((cells: Int32Array) => ReturnType<Wait>)[]) {
  const calls: { index: number; expected: number; timeoutMs: number }[] = [];
  const wait: Wait = (_cells, index, expected, timeoutMs) => {
    calls.push({ index, expected, timeoutMs });
    const action = actions.shift();
    if (!action) throw new Error("the thread waited more often than the script expects");
    return action(cells);
  };
  return { wait, calls };
}

/** Another thread takes the GIL, as `Gil.take` would. */
function otherTakes(cells: Int32Array, thread: number): void {
  cells[LOCKED] = 1;
  const previous = cells[LAST_HOLDER] ?? NO_THREAD;
  if (previous !== thread) {
    if (previous !== NO_THREAD) cells[HANDOFFS] = (cells[HANDOFFS] ?? 0) + 1;
    cells[LAST_HOLDER] = thread;
    cells[SWITCH_NUMBER] = (cells[SWITCH_NUMBER] ?? 0) + 1;
  }
  cells[DROP_REQUEST] = 0;
}

describe("the GIL's policy", () => {
  it("asks for a drop only after a timeout, while held, with no switch meanwhile", () => {
    expect(shouldRequestDrop("timed-out", true, false)).toBe(true);
    expect(shouldRequestDrop("ok", true, false)).toBe(false);
    expect(shouldRequestDrop("not-equal", true, false)).toBe(false);
    expect(shouldRequestDrop("timed-out", false, false)).toBe(false);
    expect(shouldRequestDrop("timed-out", true, true)).toBe(false);
  });
});

describe("Gil", () => {
  it("takes a free GIL at once; the first holder is a switch but not a hand-off", () => {
    const cells = createControlBlock(2);
    const { wait, calls } = scripted(cells, []);
    new Gil(cells, 0, 5, wait).take();
    expect([cells[LOCKED], cells[LAST_HOLDER], cells[SWITCH_NUMBER], cells[HANDOFFS]]).toEqual([
      1, 0, 1, 0,
    ]);
    expect(calls).toEqual([]);
  });

  it("waits one switch interval, then asks the holder to drop, then takes it when dropped", () => {
    const cells = createControlBlock(2);
    otherTakes(cells, 1);
    const { wait, calls } = scripted(cells, [
      () => "timed-out", // thread 1 kept running for the whole interval
      (c) => {
        expect(c[DROP_REQUEST]).toBe(1); // the request is up while thread 0 waits again
        c[LOCKED] = 0; // thread 1 saw it and dropped the GIL
        return "ok";
      },
    ]);
    new Gil(cells, 0, 5, wait).take();
    expect(calls).toEqual([
      { index: LOCKED, expected: 1, timeoutMs: 5 },
      { index: LOCKED, expected: 1, timeoutMs: 5 },
    ]);
    expect(cells[LAST_HOLDER]).toBe(0);
    expect(cells[HANDOFFS]).toBe(1); // 1 → 0
    expect(cells[DROP_REQUESTS]).toBe(1);
    expect(cells[DROP_REQUEST]).toBe(0); // answered
  });

  it("does not ask when another thread got the GIL during the wait: that one gets its interval", () => {
    const cells = createControlBlock(3);
    otherTakes(cells, 1);
    const { wait } = scripted(cells, [
      (c) => {
        otherTakes(c, 2); // thread 1 dropped and thread 2 took it while thread 0 slept
        return "timed-out";
      },
      (c) => {
        c[LOCKED] = 0;
        return "ok";
      },
    ]);
    new Gil(cells, 0, 5, wait).take();
    expect(cells[DROP_REQUESTS]).toBe(0);
  });

  it("on a request, drops the GIL and waits until another thread has taken it (FORCE_SWITCHING)", () => {
    const cells = createControlBlock(2);
    const { wait, calls } = scripted(cells, [
      (c) => {
        expect(c[LOCKED]).toBe(0); // dropped before waiting
        otherTakes(c, 1);
        return "ok";
      },
      (c) => {
        c[LOCKED] = 0; // thread 1 ran its interval and let go
        return "ok";
      },
    ]);
    const gil = new Gil(cells, 0, 5, wait);
    gil.take();
    cells[DROP_REQUEST] = 1; // thread 1 asked
    expect(gil.dropRequested()).toBe(true);
    gil.yieldToWaiter();
    expect(calls.map((call) => call.index)).toEqual([SWITCH_NUMBER, LOCKED]);
    expect(calls[0]?.timeoutMs).toBe(Number.POSITIVE_INFINITY);
    expect(cells[LAST_HOLDER]).toBe(0);
    expect(cells[HANDOFFS]).toBe(2); // 0 → 1 → 0
  });

  it("releasing for I/O with a request pending also waits for the switch, and says so", () => {
    const cells = createControlBlock(2);
    const { wait } = scripted(cells, [
      (c) => {
        otherTakes(c, 1);
        return "ok";
      },
    ]);
    const gil = new Gil(cells, 0, 5, wait);
    gil.take();
    cells[DROP_REQUEST] = 1;
    let waitedForSwitch = false;
    gil.release(() => {
      waitedForSwitch = true;
    });
    expect(waitedForSwitch).toBe(true);
    expect(cells[LAST_HOLDER]).toBe(1);
  });

  it("releasing with no request pending returns at once", () => {
    const cells = createControlBlock(2);
    const { wait, calls } = scripted(cells, []);
    const gil = new Gil(cells, 0, 5, wait);
    gil.take();
    gil.release();
    expect(cells[LOCKED]).toBe(0);
    expect(calls).toEqual([]);
  });

  it("a thread that ends lets go without waiting, even with a request pending", () => {
    const cells = createControlBlock(2);
    const { wait, calls } = scripted(cells, []);
    const gil = new Gil(cells, 0, 5, wait);
    gil.take();
    cells[DROP_REQUEST] = 1;
    gil.exit();
    expect(cells[LOCKED]).toBe(0);
    expect(calls).toEqual([]);
  });

  it("the free-threaded build has no lock to wait for", () => {
    expect(NO_LOCK.dropRequested()).toBe(false);
    expect(() => {
      NO_LOCK.take();
      NO_LOCK.yieldToWaiter();
      NO_LOCK.release();
      NO_LOCK.exit();
    }).not.toThrow();
  });

  it("starts with nobody holding the GIL", () => {
    const cells = createControlBlock(1);
    expect(cells[LAST_HOLDER]).toBe(NO_THREAD);
    expect(cells[LOCKED]).toBe(0);
  });
});
