import { afterEach, describe, expect, it, vi } from "vitest";
import { frameBars, frameGaps, ResponsivenessProbe } from "./responsiveness";

describe("frameGaps", () => {
  it("finds the freeze and counts the frames it cost", () => {
    // 60 Hz, then 100 ms with no frame: five frames missed.
    expect(frameGaps([0, 16, 32, 48, 148, 164])).toEqual({
      longestGapMs: 100,
      framesDropped: 5,
      frameMs: 16,
    });
  });

  it("a smooth run drops nothing", () => {
    expect(frameGaps([0, 16.7, 33.3, 50, 66.7]).framesDropped).toBe(0);
  });

  it("needs two frames to say anything", () => {
    expect(frameGaps([5])).toEqual({ longestGapMs: 0, framesDropped: 0, frameMs: 0 });
  });
});

describe("frameBars", () => {
  it("draws each gap between frames, marking the ones that missed frames", () => {
    expect(frameBars([100, 116, 132, 232, 248], 100, "page")).toEqual([
      { lane: "page", kind: "frames on time", start: 0, end: 16 },
      { lane: "page", kind: "frames on time", start: 16, end: 32 },
      { lane: "page", kind: "frames missed", start: 32, end: 132 },
      { lane: "page", kind: "frames on time", start: 132, end: 148 },
    ]);
  });
});

describe("ResponsivenessProbe", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it("counts a key press that fell due during busy work, though stopped before it is handled", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    vi.stubGlobal("requestAnimationFrame", () => 0);
    vi.stubGlobal("cancelAnimationFrame", () => {});
    const probe = new ResponsivenessProbe(50);
    vi.advanceTimersByTime(60); // the first press, at 50 ms, handled on time
    // Then the thread computes until 260 ms, so no timer runs: the press due at 100 ms waits.
    vi.spyOn(performance, "now").mockReturnValue(260);
    const seen = probe.stop();
    expect(seen.keystrokes).toBe(2);
    expect(seen.slowestKeystrokeMs).toBe(160);
    expect(probe.stop().keystrokes).toBe(2);
  });
});
