import { createContext, use } from "react";

/**
 * The sizes a cell's params start from: the lesson's own, or the workshop's, each param's `quick`
 * value, which keeps every run under about 10 s on a two-core laptop. The shell decides (the
 * header's Sizes switch; presenter mode starts on workshop sizes) and provides it here.
 */
export type RunSizes = "lesson" | "workshop";

export const RunSizesContext = createContext<RunSizes>("lesson");

export function useRunSizes(): RunSizes {
  return use(RunSizesContext);
}
