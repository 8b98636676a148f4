import { describe, expect, it } from "vitest";
import {
  createControlBlock,
  DONE,
  DROP_REQUEST,
  HANDOFFS,
  ioCell,
  LAST_HOLDER,
  LOCKED,
  SWITCH_NUMBER,
} from "../../common/gil/layout";
import type { Step } from "../../common/wire";
import type { Wait } from "./gil";
import { runThread } from "./thread";

/** A clock that moves 1 ms per reading, and a compute step that records the lock's state. */
function host(cells: Int32Array, wait?: Wait) {
  let time = 0;
  const lockedDuringCompute: number[] = [];
  return {
    lockedDuringCompute,
    host: {
      now: () => time++,
      compute: (n: number, checkpoint: () => void) => {
        checkpoint();
        lockedDuringCompute.push(cells[LOCKED] ?? -1);
        return 10 * n;
      },
      ...(wait ? { wait } : {}),
    },
  };
}

const job = (cells: Int32Array, mode: "gil" | "free-threaded", program: Step[]) => ({
  cells,
  thread: 0,
  mode,
  switchIntervalMs: 5,
  program,
});

describe("runThread", () => {
  it("runs Python only while holding the GIL and lets go for I/O and at the end", () => {
    const cells = createControlBlock(1);
    const lockedDuringIo: number[] = [];
    const wait: Wait = (c, index, _expected, timeoutMs) => {
      expect(index).toBe(ioCell(0)); // a lone thread never waits for the GIL
      expect(timeoutMs).toBe(3);
      lockedDuringIo.push(c[LOCKED] ?? -1);
      return "timed-out";
    };
    const { host: h, lockedDuringCompute } = host(cells, wait);
    const report = runThread(
      job(cells, "gil", [
        { do: "compute", n: 1 },
        { do: "io", ms: 3 },
        { do: "compute", n: 2 },
      ]),
      h,
    );
    expect(report.results).toEqual([10, 20]);
    expect(lockedDuringCompute).toEqual([1, 1]);
    expect(lockedDuringIo).toEqual([0]);
    expect(cells[LOCKED]).toBe(0);
    expect(report.spans.map((span) => span.kind)).toEqual([
      "waiting for the GIL",
      "running",
      "in I/O",
      "waiting for the GIL",
      "running",
    ]);
    // The fake clock ticks on every reading, so the reply looks a little late.
    expect(report.ioLatencies).toHaveLength(1);
  });

  it("free-threaded: no lock, no waiting spans", () => {
    const cells = createControlBlock(1);
    const { host: h, lockedDuringCompute } = host(cells, () => "timed-out");
    const report = runThread(
      job(cells, "free-threaded", [
        { do: "compute", n: 1 },
        { do: "io", ms: 1 },
      ]),
      h,
    );
    expect(lockedDuringCompute).toEqual([0]);
    expect(report.spans.map((span) => span.kind)).toEqual(["running", "in I/O", "running"]);
  });

  it("computes until another thread signals done", () => {
    const cells = createControlBlock(1);
    let rounds = 0;
    const report = runThread(job(cells, "free-threaded", [{ do: "computeUntilDone", n: 1 }]), {
      now: () => 0,
      compute: () => {
        if (++rounds === 3) Atomics.store(cells, DONE, 1);
        return 0;
      },
    });
    expect(rounds).toBe(3);
    expect(report.results).toEqual([]);
  });

  it("between calls, gives the GIL up even if the function never checks in", () => {
    const cells = createControlBlock(2);
    let rounds = 0;
    let time = 0;
    // Thread 1 takes the GIL and lets it go while thread 0 waits for the switch.
    const wait: Wait = (c, index) => {
      expect(index).toBe(SWITCH_NUMBER);
      Atomics.store(c, LAST_HOLDER, 1);
      Atomics.add(c, SWITCH_NUMBER, 1);
      return "ok";
    };
    const report = runThread(job(cells, "gil", [{ do: "computeUntilDone", n: 1 }]), {
      now: () => time++,
      wait,
      // A reader's function without `checkpoint()`; thread 1 asks for the GIL meanwhile.
      compute: () => {
        if (++rounds === 1) Atomics.store(cells, DROP_REQUEST, 1);
        else Atomics.store(cells, DONE, 1);
        return 0;
      },
    });
    expect(rounds).toBe(2);
    expect(cells[HANDOFFS]).toBe(1);
    expect(report.spans.map((span) => span.kind)).toEqual([
      "waiting for the GIL",
      "running",
      "waiting for the GIL",
      "running",
    ]);
  });

  it("blocks for real in I/O when no wait is scripted", () => {
    const cells = createControlBlock(1);
    const started = performance.now();
    const report = runThread(job(cells, "gil", [{ do: "io", ms: 20 }, { do: "signalDone" }]), {
      now: () => performance.now(),
      compute: () => 0,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(19);
    expect(report.ioLatencies[0]).toBeGreaterThanOrEqual(-1);
    expect(cells[DONE]).toBe(1);
  });
});
