import { parseResults } from "../../common/results";
import type { Overlay } from "../overlay";
import { SavedDataError } from "./savedRun";

/** Checks a cell's saved overlays: a list of labelled results files of this experiment. */
export function parseSavedOverlays(data: unknown, experiment: string): Overlay[] {
  if (!Array.isArray(data)) throw new SavedDataError("they are not a list of imported results");
  return data.map((item: unknown) => {
    if (typeof item !== "object" || item === null || !("label" in item) || !("results" in item)) {
      throw new SavedDataError("an entry is not an imported results file");
    }
    if (typeof item.label !== "string") throw new SavedDataError("an entry has no label");
    let results: Overlay["results"];
    try {
      results = parseResults(item.results);
    } catch (error) {
      throw new SavedDataError(error instanceof Error ? error.message : String(error));
    }
    if (results.experiment !== experiment) {
      throw new SavedDataError(`an entry holds results of "${results.experiment}"`);
    }
    return { label: item.label, results };
  });
}
