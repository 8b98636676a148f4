import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_LINES } from "../../common/scratch/printed";
import type { OutputLine } from "../../common/wire";
import { OutputBuffer } from "./output";

describe("OutputBuffer", () => {
  beforeEach(() => {
    // The clock stands still unless a test moves it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a chatty loop as a few batches, keeping the first lines and counting the rest", () => {
    const batches: { lines: OutputLine[]; dropped: number }[] = [];
    const buffer = new OutputBuffer((lines, dropped) => batches.push({ lines, dropped }));
    for (let i = 0; i < 5 * MAX_LINES; i++) buffer.push("log", String(i));
    buffer.flush();
    expect(batches.length).toBeLessThanOrEqual(21);
    expect(batches.flatMap((b) => b.lines)).toHaveLength(MAX_LINES);
    expect(batches.reduce((sum, b) => sum + b.dropped, 0)).toBe(4 * MAX_LINES);
  });

  it("sends a line at once, so it shows while a long loop that follows runs", () => {
    const sent: string[] = [];
    const buffer = new OutputBuffer((lines) => sent.push(...lines.map((l) => l.text)));
    buffer.push("log", "looping");
    expect(sent).toEqual(["looping"]);
  });

  it("sends what waited when the code goes quiet, and a reset gives a new budget", () => {
    const sent: string[] = [];
    const buffer = new OutputBuffer((lines) => sent.push(...lines.map((l) => l.text)));
    for (let i = 0; i < 30; i++) buffer.push("log", String(i));
    expect(sent).toHaveLength(20);
    vi.advanceTimersByTime(60);
    expect(sent).toHaveLength(30);
    for (let i = 0; i < MAX_LINES; i++) buffer.push("log", "x");
    buffer.reset();
    buffer.push("info", "after reset");
    buffer.flush();
    expect(sent.at(-1)).toBe("after reset");
  });
});
