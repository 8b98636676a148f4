import { type Dispatch, useCallback, useEffect, useState } from "react";
import type { RunEvent, RunState } from "../engine/runState";
import { parseSavedRun, type SavedRun, savedRun } from "../engine/saved/savedRun";
import { forgetSaved, onForgetAll, readSaved, savedKey, writeSaved } from "../engine/saved/store";
import { messageOf } from "./usePersistentState";

/**
 * Keeps a cell's last results across reloads: restores them into an idle cell, saves every
 * finished run and the points of a running or stopped one (so a reload mid-run loses nothing).
 */
export function useSavedRun(
  cell: { lesson: string; experiment: string },
  state: RunState,
  dispatch: Dispatch<RunEvent>,
) {
  const key = savedKey("run", cell.lesson, cell.experiment);
  const [problem, setProblem] = useState<string | null>(null);
  const { lesson, experiment } = cell;

  useEffect(() => {
    let current = true;
    readSaved(key)
      .then((data) => {
        if (!current || data === undefined) return;
        try {
          const { status, results, savedAt } = parseSavedRun(data, { lesson, experiment });
          dispatch({ type: "restored", status, results, savedAt });
        } catch (error) {
          setProblem(`Saved results were unreadable and were dropped: ${messageOf(error)}.`);
          forgetSaved(key).catch(() => {});
        }
      })
      .catch((error: unknown) => {
        if (current) setProblem(`Saved results cannot be read here (${messageOf(error)}).`);
      });
    return () => {
      current = false;
    };
  }, [key, lesson, experiment, dispatch]);

  useEffect(() => {
    const record = recordToSave(state);
    if (!record) return;
    writeSaved(key, record).catch((error: unknown) =>
      setProblem(`These results could not be saved (${messageOf(error)}).`),
    );
  }, [key, state]);

  useEffect(
    () =>
      onForgetAll(() => {
        setProblem(null);
        dispatch({ type: "forgotten" });
      }),
    [dispatch],
  );

  const forget = useCallback(() => {
    setProblem(null);
    dispatch({ type: "forgotten" });
    forgetSaved(key).catch(() => {});
  }, [key, dispatch]);

  return { problem, forget };
}

/** What to keep of a state: never a restored one again, never an empty or failed run. */
function recordToSave(state: RunState): SavedRun | null {
  if (state.status === "done" && !state.restoredFrom) return savedRun("done", state.results);
  if ((state.status === "stopped" && !state.restoredFrom) || state.status === "running") {
    return state.results ? savedRun("stopped", state.results) : null;
  }
  return null;
}
