import { afterEach, describe, expect, it, vi } from "vitest";
import { compileTask } from "../compile";
import { stripTypes } from "../strip/strip";
import { etlAsyncio, etlTransform } from "./etl";
import etlFile from "./etl.ts?raw";

describe("etlTransform", () => {
  it("finds the n-th prime, checking in once per candidate", () => {
    expect(etlTransform(1_000)).toBe(7_919);
    let checks = 0;
    expect(etlTransform(4, () => checks++)).toBe(7);
    expect(checks).toBe(6); // candidates 2 … 7
  });

  it("refuses n below 1", () => {
    expect(() => etlTransform(0)).toThrow(RangeError);
  });
});

describe("etlAsyncio", () => {
  it("transforms every record of every share", async () => {
    expect(await etlAsyncio({ shares: [2, 1, 1, 0], waitMs: 1, transformN: 5 })).toEqual({
      transformed: 4,
      lastOutput: 11,
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("overlaps the coroutines' waits on one thread", async () => {
    // On a fake clock: serially, 20 records × 2 waits × 20 ms would be 800 ms; four coroutines
    // of 5 records each wait at the same time, so the job is done after 5 × 2 × 20 = 200 ms.
    vi.useFakeTimers();
    let done = false;
    const job = etlAsyncio({ shares: [5, 5, 5, 5], waitMs: 20, transformN: 10 }).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await job;
    expect(done).toBe(true);
  });
});

describe("etl.ts as the reader's file", () => {
  it("compiles alone, and its event loop calls the file's own transform", async () => {
    const transform = (await compileTask(
      stripTypes(etlFile),
      "etlTransform",
    )) as unknown as typeof etlTransform;
    expect(transform(1_000)).toBe(7_919);
    const edited = etlFile.replace("return candidate;", "return -candidate;");
    const job = (await compileTask(
      stripTypes(edited),
      "etlAsyncio",
    )) as unknown as typeof etlAsyncio;
    expect(await job({ shares: [1, 1], waitMs: 0, transformN: 3 })).toEqual({
      transformed: 2,
      lastOutput: -5,
    });
  });
});
