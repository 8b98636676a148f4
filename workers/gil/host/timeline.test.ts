import { describe, expect, it } from "vitest";
import type { InterpreterRun } from "./interpreter";
import { overlapMs, type ThreadBar, threadTimeline } from "./timeline";

describe("threadTimeline", () => {
  it("draws one lane per thread, in ms since the run began", () => {
    const run: InterpreterRun = {
      began: 100,
      handoffs: 1,
      dropRequests: 1,
      threads: [
        {
          thread: 0,
          results: [],
          ioLatencies: [],
          spans: [{ kind: "running", start: 100, end: 105 }],
        },
        {
          thread: 1,
          results: [],
          ioLatencies: [],
          spans: [
            { kind: "waiting for the GIL", start: 100, end: 105 },
            { kind: "running", start: 105, end: 107 },
          ],
        },
      ],
    };
    expect(threadTimeline(run)).toEqual([
      { lane: "thread 1", kind: "running", start: 0, end: 5 },
      { lane: "thread 2", kind: "waiting for the GIL", start: 0, end: 5 },
      { lane: "thread 2", kind: "running", start: 5, end: 7 },
    ]);
    expect(threadTimeline(run, (t) => `T${t}`)[0]?.lane).toBe("T0");
  });
});

describe("overlapMs", () => {
  const bar = (lane: string, start: number, end: number): ThreadBar => ({
    lane,
    kind: "running",
    start,
    end,
  });

  it("is zero when threads take turns, even back to back", () => {
    expect(overlapMs([bar("a", 0, 5), bar("b", 5, 10), bar("a", 10, 12)])).toBe(0);
  });

  it("adds up the time two or more run at once", () => {
    expect(overlapMs([bar("a", 0, 10), bar("b", 2, 6), bar("c", 4, 12)])).toBe(8); // 2–10
  });

  it("counts only the kind asked for", () => {
    const io: ThreadBar = { lane: "b", kind: "in I/O", start: 0, end: 10 };
    expect(overlapMs([bar("a", 0, 10), io])).toBe(0);
    expect(overlapMs([io, { ...io, lane: "c" }], "in I/O")).toBe(10);
  });
});
