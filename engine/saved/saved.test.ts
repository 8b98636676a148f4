import { describe, expect, it } from "vitest";
import { RESULTS_SCHEMA_ID, type Results } from "../../common/results";
import type { ParamSpec } from "../experiment";
import { parseSavedOverlays } from "./savedOverlays";
import { parseSavedParams } from "./savedParams";
import { parseSavedRun, runToSave, SavedDataError, savedRun } from "./savedRun";

const cell = { lesson: "why-parallel", experiment: "count-primes" };

const results: Results = {
  schema: RESULTS_SCHEMA_ID,
  experiment: "count-primes",
  lesson: "why-parallel",
  params: { maxN: 100_000 },
  environment: {
    userAgent: "test",
    hardwareConcurrency: 2,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    wasmSimd: true,
    wasmThreads: true,
    gpu: null,
  },
  startedAt: "2026-11-22T10:00:00.000Z",
  finishedAt: "2026-11-22T10:00:05.000Z",
  x: { name: "n", unit: "numbers" },
  samples: [{ series: "main thread", x: 10, trial: 0, ms: 1.5 }],
  summary: [{ series: "main thread", x: 10, n: 1, q05: 1.5, q50: 1.5, q95: 1.5 }],
};

describe("saved runs", () => {
  it("reads back what was saved", () => {
    const saved = savedRun("stopped", results, new Date("2026-11-22T11:00:00Z"));
    const read = parseSavedRun(structuredClone(saved), cell);
    expect(read).toEqual({ status: "stopped", savedAt: "2026-11-22T11:00:00.000Z", results });
  });

  it("drops garbage, a wrong status and broken results, saying why", () => {
    expect(() => parseSavedRun("💥", cell)).toThrow(SavedDataError);
    expect(() => parseSavedRun(null, cell)).toThrow(/not a saved run/);
    const running = { ...savedRun("done", results), status: "running" };
    expect(() => parseSavedRun(running, cell)).toThrow(/not a saved run/);
    const broken = savedRun("done", { ...results, samples: [{ series: "a", x: "big" }] } as never);
    expect(() => parseSavedRun(broken, cell)).toThrow(/samples\.0\.x/);
  });

  it("keeps a failed run as failed, with its message and every point it measured", () => {
    const now = new Date("2026-11-22T11:00:00Z");
    const failed = runToSave({ status: "error", message: "Task 3 threw: too far", results }, now);
    expect(failed).toEqual({
      status: "error",
      savedAt: "2026-11-22T11:00:00.000Z",
      message: "Task 3 threw: too far",
      results,
    });
    expect(parseSavedRun(structuredClone(failed), cell)).toEqual(failed);
    const early = runToSave({ status: "error", message: "no pool", results: null }, now);
    expect(parseSavedRun(structuredClone(early), cell)).toMatchObject({ results: null });
    // A restored state is never saved again; a running one is saved as stopped.
    const restored = { status: "error", message: "m", results, restoredFrom: "x" } as const;
    expect(runToSave(restored, now)).toBeNull();
    const running = { status: "running", progress: { fraction: 0.5, remainingMs: null }, results };
    expect(runToSave(running as never, now)).toMatchObject({ status: "stopped" });
    expect(() => parseSavedRun({ ...failed, message: 5 }, cell)).toThrow(/not a saved run/);
  });

  it("refuses results that belong to another cell", () => {
    const other = savedRun("done", { ...results, experiment: "tiny-tasks" });
    expect(() => parseSavedRun(other, cell)).toThrow(/why-parallel\/tiny-tasks/);
  });
});

const maxN: ParamSpec = {
  label: "Largest n",
  default: 2_000_000,
  min: 100_000,
  max: 10_000_000,
  step: 1,
  unit: "numbers",
  control: "number",
};
const specs = { maxN };

describe("saved params", () => {
  it("reads back valid params", () => {
    expect(parseSavedParams({ maxN: 500_000 }, specs)).toEqual({ maxN: 500_000 });
  });

  it("refuses values out of range, NaN, strings, unknown names and non-objects", () => {
    expect(() => parseSavedParams({ maxN: 1 }, specs)).toThrow(
      "Largest n must be from 100,000 to 10,000,000 numbers.",
    );
    expect(() => parseSavedParams({ maxN: Number.NaN }, specs)).toThrow(/must be a number/);
    expect(() => parseSavedParams({ maxN: "500000" }, specs)).toThrow(/not a number/);
    expect(() => parseSavedParams({ maxN: 500_000, extra: 1 }, specs)).toThrow(/no parameter/);
    expect(() => parseSavedParams([500_000], specs)).toThrow(SavedDataError);
    expect(() => parseSavedParams({}, specs)).toThrow(/must be a number/);
  });
});

describe("saved overlays", () => {
  it("reads back labelled results of this experiment", () => {
    const saved = [{ label: "8 cores · Firefox 139 · imported", results }];
    expect(parseSavedOverlays(structuredClone(saved), "count-primes")).toEqual(saved);
  });

  it("refuses anything else", () => {
    expect(() => parseSavedOverlays({}, "count-primes")).toThrow(/not a list/);
    expect(() => parseSavedOverlays([results], "count-primes")).toThrow(/not an imported/);
    expect(() => parseSavedOverlays([{ label: 1, results }], "count-primes")).toThrow(/no label/);
    const broken = [{ label: "x", results: { ...results, summary: "none" } }];
    expect(() => parseSavedOverlays(broken, "count-primes")).toThrow(/summary/);
    expect(() => parseSavedOverlays([{ label: "x", results }], "tiny-tasks")).toThrow(
      /count-primes/,
    );
  });
});
