import { describe, expect, it } from "vitest";
import { initialScratchState, type ScratchEvent, scratchReducer } from "./scratchState";

const replay = (...events: ScratchEvent[]) => events.reduce(scratchReducer, initialScratchState);
const line = (text: string) => ({ level: "log" as const, text });

describe("scratchReducer", () => {
  it("collects output while running and keeps the value when done", () => {
    const state = replay(
      { type: "started" },
      { type: "output", lines: [line("a")], dropped: 0 },
      { type: "output", lines: [line("b")], dropped: 3 },
      { type: "returned", result: { display: { kind: "none" }, elapsedMs: 12 } },
    );
    expect(state.output.map((l) => l.text)).toEqual(["a", "b"]);
    expect(state.droppedLines).toBe(3);
    expect(state.run).toEqual({
      status: "done",
      results: { display: { kind: "none" }, elapsedMs: 12 },
    });
  });

  it("explains a fault and keeps it for the editor to mark", () => {
    const fault = { kind: "syntax", message: "Unexpected token", line: 2, column: 5 } as const;
    const state = replay({ type: "started" }, { type: "failed", fault });
    expect(state.run).toMatchObject({ status: "error" });
    expect(state.run.status === "error" && state.run.message).toMatch(/^Line 2, column 5: /);
    expect(state.fault).toEqual(fault);
  });

  it("ignores what arrives after a stop, and a new run starts clean", () => {
    const stopped = replay(
      { type: "started" },
      { type: "output", lines: [line("before")], dropped: 0 },
      { type: "stopped" },
      { type: "output", lines: [line("late")], dropped: 0 },
      { type: "returned", result: { display: { kind: "none" }, elapsedMs: 1 } },
    );
    expect(stopped.run.status).toBe("stopped");
    expect(stopped.output.map((l) => l.text)).toEqual(["before"]);
    expect(scratchReducer(stopped, { type: "started" })).toMatchObject({
      run: { status: "running" },
      output: [],
      fault: null,
    });
  });
});
