import * as v from "valibot";
import { parseResults, type Results } from "../../common/results";
import type { RunState } from "../runState";

/**
 * A cell's last results as kept in storage: a finished run (`done`), the points a stopped or
 * interrupted run had measured (`stopped`), or a failed run with its message and the points it
 * measured before it failed (`error`, perhaps none).
 */
export type SavedRun =
  | { status: "done" | "stopped"; savedAt: string; results: Results }
  | { status: "error"; savedAt: string; message: string; results: Results | null };

/** Characters of a failure's message kept. */
const MESSAGE_CHARS = 4_000;

const SavedRunSchema = v.variant("status", [
  v.object({
    status: v.picklist(["done", "stopped"]),
    savedAt: v.pipe(v.string(), v.isoTimestamp()),
    results: v.unknown(),
  }),
  v.object({
    status: v.literal("error"),
    savedAt: v.pipe(v.string(), v.isoTimestamp()),
    message: v.pipe(v.string(), v.maxLength(MESSAGE_CHARS)),
    results: v.unknown(),
  }),
]);

export class SavedDataError extends Error {
  override name = "SavedDataError";
}

/** Checks what storage held for one cell; throws SavedDataError saying what is wrong. */
export function parseSavedRun(
  data: unknown,
  cell: { lesson: string; experiment: string },
): SavedRun {
  const record = v.safeParse(SavedRunSchema, data);
  if (!record.success) throw new SavedDataError("it is not a saved run of this notebook");
  const saved = record.output;
  if (saved.status === "error" && saved.results === null) {
    return { status: "error", savedAt: saved.savedAt, message: saved.message, results: null };
  }
  let results: Results;
  try {
    results = parseResults(saved.results);
  } catch (error) {
    throw new SavedDataError(error instanceof Error ? error.message : String(error));
  }
  if (results.experiment !== cell.experiment || results.lesson !== cell.lesson) {
    throw new SavedDataError(
      `it holds results of "${results.lesson}/${results.experiment}", not of this cell`,
    );
  }
  return saved.status === "error"
    ? { status: "error", savedAt: saved.savedAt, message: saved.message, results }
    : { status: saved.status, savedAt: saved.savedAt, results };
}

export function savedRun(status: "done" | "stopped", results: Results, now = new Date()): SavedRun {
  return { status, savedAt: now.toISOString(), results };
}

/**
 * What to keep of a cell's run state: a finished run, the points of a running or stopped one,
 * a failed one with its message and points; never a restored state again, never an empty run.
 */
export function runToSave(state: RunState, now = new Date()): SavedRun | null {
  if ("restoredFrom" in state && state.restoredFrom) return null;
  switch (state.status) {
    case "done":
      return savedRun("done", state.results, now);
    case "running":
    case "stopped":
      return state.results ? savedRun("stopped", state.results, now) : null;
    case "error": {
      const message = state.message.slice(0, MESSAGE_CHARS);
      return { status: "error", savedAt: now.toISOString(), message, results: state.results };
    }
    default:
      return null;
  }
}
