import { describe, expect, it } from "vitest";
import { RESULTS_SCHEMA_ID, type Results } from "../common/results";
import { initialRunState, type RunState, resultsOf, runReducer } from "./runState";

const results = (samples: number): Results => ({
  schema: RESULTS_SCHEMA_ID,
  experiment: "e",
  lesson: "l",
  params: {},
  environment: {
    userAgent: "test",
    hardwareConcurrency: 2,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    wasmSimd: true,
    wasmThreads: true,
    gpu: null,
  },
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:01.000Z",
  x: { name: "n", unit: "items" },
  samples: Array.from({ length: samples }, (_, trial) => ({ series: "s", x: 1, trial, ms: 1 })),
  summary: [],
});

const running = runReducer(initialRunState, { type: "started" });
const progressed = runReducer(running, {
  type: "progressed",
  progress: { fraction: 0.5, remainingMs: 100 },
  results: results(2),
});

describe("runReducer", () => {
  it("goes idle → running → done", () => {
    expect(running.status).toBe("running");
    const done = runReducer(progressed, { type: "finished", results: results(4) });
    expect(done.status).toBe("done");
    expect(resultsOf(done)?.samples).toHaveLength(4);
  });

  it("keeps the partial results when stopped or failed", () => {
    expect(resultsOf(runReducer(progressed, { type: "stopped" }))?.samples).toHaveLength(2);
    const failed = runReducer(progressed, { type: "failed", message: "boom" });
    expect(failed).toMatchObject({ status: "error", message: "boom" });
    expect(resultsOf(failed)?.samples).toHaveLength(2);
  });

  it("ignores late events from a run that was already stopped", () => {
    const stopped = runReducer(progressed, { type: "stopped" });
    expect(runReducer(stopped, { type: "finished", results: results(9) })).toBe(stopped);
    expect(
      runReducer(stopped, {
        type: "progressed",
        progress: { fraction: 1, remainingMs: 0 },
        results: results(9),
      }),
    ).toBe(stopped);
  });

  it("stays unsupported whatever happens", () => {
    const unsupported: RunState = runReducer(initialRunState, {
      type: "unsupported",
      reason: "no WebGPU",
    });
    expect(runReducer(unsupported, { type: "started" })).toBe(unsupported);
  });

  it("restores saved results only into an idle cell, and forgets them back to idle", () => {
    const savedAt = "2026-11-22T07:00:00.000Z";
    const restored = runReducer(initialRunState, {
      type: "restored",
      status: "stopped",
      results: results(3),
      savedAt,
    });
    expect(restored).toMatchObject({ status: "stopped", restoredFrom: savedAt });
    expect(resultsOf(restored)?.samples).toHaveLength(3);
    const late = { type: "restored", status: "done", results: results(3), savedAt } as const;
    expect(runReducer(running, late)).toBe(running);
    expect(runReducer(restored, { type: "forgotten" })).toEqual(initialRunState);
    expect(runReducer(running, { type: "forgotten" })).toBe(running);
  });

  it("joins more results only into results it shows, never into a running or idle cell", () => {
    const done = runReducer(running, { type: "finished", results: results(2) });
    const joined = runReducer(done, { type: "joined", results: results(5) });
    expect(joined).toMatchObject({ status: "done" });
    expect(resultsOf(joined)?.samples).toHaveLength(5);
    expect(runReducer(running, { type: "joined", results: results(5) })).toBe(running);
    expect(runReducer(initialRunState, { type: "joined", results: results(5) })).toBe(
      initialRunState,
    );
  });

  it("restores a failed run as failed, with its message and points", () => {
    const savedAt = "2026-11-22T07:00:00.000Z";
    const event = {
      type: "restored",
      status: "error",
      message: "Task 2 threw: x",
      savedAt,
    } as const;
    expect(runReducer(initialRunState, { ...event, results: results(4) })).toMatchObject({
      status: "error",
      message: "Task 2 threw: x",
      restoredFrom: savedAt,
      results: { samples: { length: 4 } },
    });
    expect(runReducer(initialRunState, { ...event, results: null })).toMatchObject({
      status: "error",
      results: null,
    });
  });
});
