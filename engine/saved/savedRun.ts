import * as v from "valibot";
import { parseResults, type Results } from "../../common/results";

/**
 * A cell's last results as kept in storage: a finished run (`done`), or the points a stopped or
 * interrupted run had measured (`stopped`).
 */
export interface SavedRun {
  status: "done" | "stopped";
  savedAt: string;
  results: Results;
}

const SavedRunSchema = v.object({
  status: v.picklist(["done", "stopped"]),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  results: v.unknown(),
});

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
  let results: Results;
  try {
    results = parseResults(record.output.results);
  } catch (error) {
    throw new SavedDataError(error instanceof Error ? error.message : String(error));
  }
  if (results.experiment !== cell.experiment || results.lesson !== cell.lesson) {
    throw new SavedDataError(
      `it holds results of "${results.lesson}/${results.experiment}", not of this cell`,
    );
  }
  return { status: record.output.status, savedAt: record.output.savedAt, results };
}

export function savedRun(status: SavedRun["status"], results: Results, now = new Date()): SavedRun {
  return { status, savedAt: now.toISOString(), results };
}
