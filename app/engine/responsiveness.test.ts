import { describe, expect, it } from "vitest";
import { frameGaps } from "./responsiveness";

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
