import type { ParamSpec, ParamValues } from "../experiment";
import { paramProblems } from "../params";
import { SavedDataError } from "./savedRun";

/**
 * Checks a cell's saved params: every param of the cell, each a number in its range, nothing
 * else. Throws SavedDataError with the first problem, whose text gives the valid range.
 */
export function parseSavedParams(data: unknown, specs: Record<string, ParamSpec>): ParamValues {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new SavedDataError("they are not a set of parameters");
  }
  const entries = Object.entries(data);
  const unknown = entries.find(([name]) => !Object.hasOwn(specs, name));
  if (unknown) throw new SavedDataError(`this cell has no parameter "${unknown[0]}"`);
  const values: ParamValues = {};
  for (const [name, value] of entries) {
    if (typeof value !== "number") throw new SavedDataError(`"${name}" is not a number`);
    values[name] = value;
  }
  const [problem] = Object.values(paramProblems(specs, values));
  if (problem) throw new SavedDataError(problem);
  return values;
}
