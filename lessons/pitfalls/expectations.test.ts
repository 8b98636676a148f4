import { describe, expect, it } from "vitest";
import type { Results, Sample } from "../../kit";
import { nestedPools } from "./nested-pools";
import { payload } from "./payload";
import { pickling } from "./pickling";
import { race } from "./race";
import { repeatedWork } from "./repeated-work";

// Each pitfall's verdict on hand-made runs: one that shows the lesson's claim, one that does not.

/** A point of the summary: its median, and its 5–95 % spread as a factor either side. */
type Row = { series: string; x: number; q50: number; spread?: number };

function runOf(rows: Row[], samples: Omit<Sample, "trial" | "ms">[] = []): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    summary: rows.map(({ spread = 1.1, ...row }) => ({
      ...row,
      n: 5,
      q05: row.q50 / spread,
      q95: row.q50 * spread,
    })),
    samples: samples.map((sample, trial) => ({ trial, ms: 1, ...sample })),
  } as unknown as Results;
}

const holds = (experiment: { expects?: { holds(r: Results): boolean | null } }, run: Results) =>
  experiment.expects?.holds(run);

describe("the pitfalls' verdicts", () => {
  it("pickling: exactly source text and a kernel's name work", () => {
    const tried = (series: string, sent: boolean) => ({ series, x: 1_000, sent });
    const ways = ["a function", "a closure, inside the data", "the closure's source text"];
    const failed = ways.map((series) => tried(series, false));
    const good = [...failed, tried("source text", true), tried("a kernel's name", true)];
    expect(holds(pickling, runOf([], good))).toBe(true);
    const kernelRefused = [...failed, tried("source text", true), tried("a kernel's name", false)];
    expect(holds(pickling, runOf([], kernelRefused))).toBe(false);
    expect(holds(pickling, runOf([]))).toBeNull();
  });

  it("payload: a copy is slower than sharing beyond the spread", () => {
    const at = (copy: number, spread = 1.1) =>
      runOf([
        { series: "copy", x: 32, q50: copy, spread },
        { series: "share (SharedArrayBuffer)", x: 32, q50: 4, spread },
      ]);
    expect(holds(payload, at(20))).toBe(true);
    expect(holds(payload, at(5, 1.5))).toBe(false);
  });

  it("repeated work: the loop beats the pool at every n", () => {
    const at = (poolAt32: number) =>
      runOf([
        { series: "one loop, reusing results", x: 10, q50: 0.01 },
        { series: "one loop, reusing results", x: 32, q50: 0.02 },
        { series: "each from scratch, pool of 2", x: 10, q50: 0.3 },
        { series: "each from scratch, pool of 2", x: 32, q50: poolAt32 },
      ]);
    expect(holds(repeatedWork, at(20))).toBe(true);
    expect(holds(repeatedWork, at(0.015))).toBe(false);
  });

  it("nested pools: the most workers per task are slower than the tasks alone", () => {
    const nested = "pool of 2, each task starts its own workers";
    const at = (k4: number) =>
      runOf([
        { series: nested, x: 1, q50: 100 },
        { series: nested, x: 4, q50: k4 },
      ]);
    expect(holds(nestedPools, at(180))).toBe(true);
    expect(holds(nestedPools, at(105))).toBe(false);
  });

  it("race: read-then-write loses additions and Atomics.add loses none", () => {
    const counted = (series: string, lost: number) => ({ series, x: 1_000_000, lost });
    const rows = [{ series: "read, then write", x: 1_000_000, q50: 5 }];
    const racy = [counted("read, then write", 3_000), counted("Atomics.add", 0)];
    expect(holds(race, runOf(rows, racy))).toBe(true);
    const noOverlap = [counted("read, then write", 0), counted("Atomics.add", 0)];
    expect(holds(race, runOf(rows, noOverlap))).toBe(false);
    expect(race.expects?.cores).toBe(2);
  });
});
