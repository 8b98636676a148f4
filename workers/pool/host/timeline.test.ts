import { describe, expect, it } from "vitest";
import {
  busiestShare,
  type ChunkRecord,
  idleShare,
  peakBytesInFlight,
  timelineEvents,
} from "./timeline";

describe("timelineEvents", () => {
  it("draws each chunk as three bars on its worker's lane, from the origin", () => {
    const events = timelineEvents(
      [
        {
          worker: 1,
          chunk: 0,
          firstIndex: 0,
          items: 4,
          sentAt: 100,
          startedAt: 100.2,
          finishedAt: 110,
          receivedAt: 110.1,
          bytesIn: 32,
          bytesOut: 8,
          data: "copy",
          outcome: "done",
        },
      ],
      100,
    );
    expect(events.every((event) => event.data === "copy" && event.items === 4)).toBe(true);
    expect(events.map(({ lane, kind, start, end }) => [lane, kind, start, end])).toEqual([
      ["worker 2", "to worker", 0, expect.closeTo(0.2)],
      ["worker 2", "run", expect.closeTo(0.2), 10],
      ["worker 2", "back", 10, expect.closeTo(10.1)],
    ]);
  });
});

const record = (
  worker: number,
  sentAt: number,
  receivedAt: number,
  bytesIn: number,
): ChunkRecord => ({
  worker,
  chunk: 0,
  firstIndex: 0,
  items: 1,
  sentAt,
  startedAt: sentAt,
  finishedAt: receivedAt,
  receivedAt,
  bytesIn,
  bytesOut: 0,
  data: "copy",
  outcome: "done",
});

describe("peakBytesInFlight", () => {
  it("adds what is out at the same time, and frees a return before the next send", () => {
    const records = [record(0, 0, 10, 100), record(1, 5, 15, 50), record(0, 10, 20, 100)];
    expect(peakBytesInFlight(records)).toBe(150);
  });
});

describe("idleShare", () => {
  it("is zero when every worker is busy throughout, and half when one sits out", () => {
    expect(idleShare([record(0, 0, 10, 0), record(1, 0, 10, 0)], 2)).toBe(0);
    expect(idleShare([record(0, 0, 10, 0)], 2)).toBe(0.5);
  });
});

describe("busiestShare", () => {
  it("is 1 / workers for an even load and 1 when one worker did it all", () => {
    expect(busiestShare([record(0, 0, 10, 0), record(1, 0, 10, 0)])).toBe(0.5);
    expect(busiestShare([record(0, 0, 30, 0), record(1, 0, 10, 0)])).toBe(0.75);
    expect(busiestShare([record(0, 0, 10, 0)])).toBe(1);
  });
});
