import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OutputLine } from "../../../workers/kernel-protocol";
import { MAX_LINES, OutputBuffer } from "./output";

describe("OutputBuffer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a chatty loop as a few batches, keeping the first lines and counting the rest", () => {
    const batches: { lines: OutputLine[]; dropped: number }[] = [];
    const buffer = new OutputBuffer((lines, dropped) => batches.push({ lines, dropped }));
    for (let i = 0; i < 5 * MAX_LINES; i++) buffer.push("log", String(i));
    buffer.flush();
    expect(batches.length).toBeLessThanOrEqual(3);
    expect(batches.flatMap((b) => b.lines)).toHaveLength(MAX_LINES);
    expect(batches.reduce((sum, b) => sum + b.dropped, 0)).toBe(4 * MAX_LINES);
  });

  it("flushes by timer when the code goes quiet, and a reset gives a new budget", () => {
    const sent: string[] = [];
    const buffer = new OutputBuffer((lines) => sent.push(...lines.map((l) => l.text)));
    buffer.push("log", "first");
    buffer.push("log", "second");
    vi.advanceTimersByTime(60);
    expect(sent).toEqual(["first", "second"]);
    for (let i = 0; i < MAX_LINES; i++) buffer.push("log", "x");
    buffer.reset();
    buffer.push("info", "after reset");
    buffer.flush();
    expect(sent.at(-1)).toBe("after reset");
  });
});
