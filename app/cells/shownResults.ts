import { useEffect } from "react";
import type { Results } from "../../common/results";
import { keyedStore, useKeyed } from "./keyedStore";

// The results each experiment cell shows now (its own run or the one restored from saved work,
// never imported ones), for what else on the lesson's page reads them: its challenges.
const shown = keyedStore<Results | null>();

const keyOf = (lesson: string, experiment: string) => `${lesson}/${experiment}`;

/** Called by an experiment cell with the results it shows; cleared when the cell leaves. */
export function useShareShownResults(lesson: string, experiment: string, results: Results | null) {
  useEffect(() => {
    const key = keyOf(lesson, experiment);
    shown.set(key, results);
    return () => shown.delete(key);
  }, [lesson, experiment, results]);
}

/** The results an experiment cell of this lesson shows now, or null. */
export function useShownResults(lesson: string, experiment: string): Results | null {
  return useKeyed(shown, keyOf(lesson, experiment));
}
