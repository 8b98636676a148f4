import { useEffect, useState } from "react";
import { type Guess, parseGuess } from "../../../engine/prediction";
import { forgetSaved, onForgetAll, readSaved, writeSaved } from "../../../engine/saved/store";
import { keyedStore, useKeyed } from "../keyedStore";

// One guess per experiment, shared by the lesson's <Predict> (which commits it) and the cell
// (which shows it beside the run's answer): a store per page, kept in saved work.
const guesses = keyedStore<Guess | null>();
const loading = new Set<string>();

onForgetAll(() => {
  for (const key of guesses.keys()) guesses.set(key, null);
});

/**
 * The reader's guess for one experiment (`savedKey("guess", …)`), read from saved work once per
 * page; `commit` keeps a new one. A saved guess that is not well-formed is dropped.
 */
export function useGuess(key: string) {
  const [problem, setProblem] = useState<string | null>(null);
  const guess = useKeyed(guesses, key);
  useEffect(() => {
    if (guesses.has(key) || loading.has(key)) return;
    loading.add(key);
    readSaved(key)
      .then((data) => {
        if (data === undefined || guesses.has(key)) return;
        try {
          guesses.set(key, parseGuess(data));
        } catch {
          forgetSaved(key).catch(() => {});
        }
      })
      .catch(() => {})
      .finally(() => loading.delete(key));
  }, [key]);

  /** Keeps the guess, shown once saved (so a reload right after still has it). */
  function commit(value: string | number) {
    const next = { value, committedAt: new Date().toISOString() };
    setProblem(null);
    writeSaved(key, next)
      .catch(() => setProblem("Your guess could not be saved here; it lasts until a reload."))
      .finally(() => guesses.set(key, next));
  }

  return { guess, commit, problem };
}
