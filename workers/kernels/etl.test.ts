import { describe, expect, it } from "vitest";
import { compileTask } from "../compile";
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

  it("overlaps the coroutines' waits on one thread", async () => {
    const start = performance.now();
    await etlAsyncio({ shares: [5, 5, 5, 5], waitMs: 20, transformN: 10 });
    // Serially, 20 records × 2 waits × 20 ms = 800 ms; four coroutines at once, about 200 ms.
    expect(performance.now() - start).toBeLessThan(600);
  });
});

describe("etl.ts as the reader's file", () => {
  it("compiles alone, and its event loop calls the file's own transform", async () => {
    const transform = (await compileTask(
      etlFile,
      "etlTransform",
    )) as unknown as typeof etlTransform;
    expect(transform(1_000)).toBe(7_919);
    const edited = etlFile.replace("return candidate;", "return -candidate;");
    const job = (await compileTask(edited, "etlAsyncio")) as unknown as typeof etlAsyncio;
    expect(await job({ shares: [1, 1], waitMs: 0, transformN: 3 })).toEqual({
      transformed: 2,
      lastOutput: -5,
    });
  });
});
