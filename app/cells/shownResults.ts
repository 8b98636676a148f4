import { useEffect, useSyncExternalStore } from "react";
import type { Results } from "../../common/results";

// The results each experiment cell shows now (its own run or the one restored from saved work,
// never imported ones), for what else on the lesson's page reads them: its challenges.
const shown = new Map<string, Results | null>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const keyOf = (lesson: string, experiment: string) => `${lesson}/${experiment}`;

/** Called by an experiment cell with the results it shows; cleared when the cell leaves. */
export function useShareShownResults(lesson: string, experiment: string, results: Results | null) {
  useEffect(() => {
    const key = keyOf(lesson, experiment);
    shown.set(key, results);
    for (const listener of listeners) listener();
    return () => {
      shown.delete(key);
      for (const listener of listeners) listener();
    };
  }, [lesson, experiment, results]);
}

/** The results an experiment cell of this lesson shows now, or null. */
export function useShownResults(lesson: string, experiment: string): Results | null {
  return useSyncExternalStore(subscribe, () => shown.get(keyOf(lesson, experiment)) ?? null);
}
