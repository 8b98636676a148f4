import type { Results } from "../common/results";

/**
 * The run state of one experiment cell, apart from what was authored (definition, params,
 * edits). It changes only through `runReducer`. `R` is what a run gives: an experiment's
 * results, or a scratch cell's value.
 */
export type RunState<R = Results> =
  | { status: "idle" }
  | { status: "unsupported"; reason: string }
  | { status: "running"; progress: Progress; results: R | null }
  | { status: "done"; results: R; restoredFrom?: string }
  | { status: "stopped"; results: R | null; restoredFrom?: string }
  | { status: "error"; message: string; results: R | null; restoredFrom?: string };

export type RunStatus = RunState["status"];

export interface Progress {
  /** 0 … 1 */
  fraction: number;
  remainingMs: number | null;
}

export type RunEvent<R = Results> =
  | { type: "unsupported"; reason: string }
  | { type: "started" }
  | { type: "progressed"; progress: Progress; results: R | null }
  | { type: "finished"; results: R }
  | { type: "stopped" }
  | { type: "failed"; message: string }
  /** Results kept in storage from an earlier visit; `savedAt` is when they were saved. */
  | { type: "restored"; status: "done" | "stopped"; results: R; savedAt: string }
  /** A failed run kept from an earlier visit: its message and the points it had measured. */
  | { type: "restored"; status: "error"; message: string; results: R | null; savedAt: string }
  /** The reader forgot the cell's results. */
  | { type: "forgotten" }
  /** The shown results, with more joined in (a Python twin's timings); kept only if shown. */
  | { type: "joined"; results: R };

export const initialRunState: RunState = { status: "idle" };

/** Results shown by a state, if any: partial ones while running, kept ones after a stop. */
export function resultsOf<R>(state: RunState<R>): R | null {
  return "results" in state ? state.results : null;
}

export function runReducer<R>(state: RunState<R>, event: RunEvent<R>): RunState<R> {
  if (state.status === "unsupported") return state;
  switch (event.type) {
    case "unsupported":
      return { status: "unsupported", reason: event.reason };
    case "started":
      return { status: "running", progress: { fraction: 0, remainingMs: null }, results: null };
    case "progressed":
      return state.status === "running"
        ? { status: "running", progress: event.progress, results: event.results }
        : state;
    case "finished":
      return state.status === "running" ? { status: "done", results: event.results } : state;
    case "stopped":
      return state.status === "running" ? { status: "stopped", results: state.results } : state;
    case "failed":
      return state.status === "running"
        ? { status: "error", message: event.message, results: state.results }
        : state;
    case "restored":
      if (state.status !== "idle") return state;
      return event.status === "error"
        ? {
            status: "error",
            message: event.message,
            results: event.results,
            restoredFrom: event.savedAt,
          }
        : { status: event.status, results: event.results, restoredFrom: event.savedAt };
    case "forgotten":
      return state.status === "running" ? state : { status: "idle" };
    case "joined":
      return state.status === "running" || state.status === "idle" || state.results === null
        ? state
        : { ...state, results: event.results };
    default:
      return assertNever(event);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled run event: ${JSON.stringify(value)}`);
}
