import { describe, expect, it } from "vitest";
import { formatElapsed } from "./talkClock";

describe("the talk's clock", () => {
  it("reads minutes and seconds, and hours once there are any", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(9_999)).toBe("0:09");
    expect(formatElapsed(65_000)).toBe("1:05");
    expect(formatElapsed(3_599_000)).toBe("59:59");
    expect(formatElapsed(3_725_000)).toBe("1:02:05");
    expect(formatElapsed(-5)).toBe("0:00");
  });
});
