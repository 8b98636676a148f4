import { describe, expect, it } from "vitest";
import { timelineEvents } from "./timeline";

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
