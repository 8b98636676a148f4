import { describe, expect, it } from "vitest";
import { WorkerClock } from "./clock";

describe("WorkerClock", () => {
  it("keeps the estimate when it agrees with cause and effect", () => {
    const clock = new WorkerClock(100);
    // Worker times are page times − 100: sent 10, started 10.1 − 100, finished 15 − 100, back 15.2.
    expect(
      clock.offsetFor({ sentAt: 10, startedAt: -89.9, finishedAt: -85, receivedAt: 15.2 }),
    ).toBe(100);
  });

  it("moves an estimate that would start a chunk before it was sent", () => {
    // The true offset is 100, but the time origins claimed 98.5.
    const clock = new WorkerClock(98.5);
    const offset = clock.offsetFor({
      sentAt: 10,
      startedAt: -89.9,
      finishedAt: -85,
      receivedAt: 15.2,
    });
    expect(offset).toBeCloseTo(99.9);
    expect(-89.9 + offset).toBeGreaterThanOrEqual(10);
  });

  it("tightens its bounds with every chunk", () => {
    const clock = new WorkerClock(0);
    clock.offsetFor({ sentAt: 0, startedAt: -100, finishedAt: -90, receivedAt: 11 }); // 100 ≤ off ≤ 101
    const offset = clock.offsetFor({
      sentAt: 20,
      startedAt: -80.5,
      finishedAt: -70,
      receivedAt: 50,
    });
    expect(offset).toBeCloseTo(100.5); // 100.5 ≤ off ≤ 101, estimate 0 clamped up
  });
});
