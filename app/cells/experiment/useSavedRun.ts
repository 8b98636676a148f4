import { type Dispatch, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RunEvent, RunState } from "../../../engine/runState";
import { parseSavedRun, runToSave } from "../../../engine/saved/savedRun";
import {
  forgetSaved,
  onForgetAll,
  readSaved,
  savedKey,
  writeSaved,
} from "../../../engine/saved/store";
import { messageOf } from "../usePersistentState";

// How often a running sweep's points are saved: often enough that a reload loses little, rarely
// enough that copying them into storage never crowds the page's thread while it measures.
const SAVE_RUNNING_EVERY_MS = 1000;

/**
 * Keeps a cell's last results across reloads: restores them into an idle cell, saves every
 * finished or failed run and the points of a running or stopped one (so a reload mid-run loses
 * little); see `runToSave`.
 */
export function useSavedRun(
  cell: { lesson: string; experiment: string },
  state: RunState,
  dispatch: Dispatch<RunEvent>,
) {
  const key = savedKey("run", cell.lesson, cell.experiment);
  const [problem, setProblem] = useState<string | null>(null);
  const lastSaved = useRef(0);
  const { lesson, experiment } = cell;

  useEffect(() => {
    let current = true;
    readSaved(key)
      .then((data) => {
        if (!current || data === undefined) return;
        try {
          dispatch({ type: "restored", ...parseSavedRun(data, { lesson, experiment }) });
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

  // A layout effect, so the write is under way in the same task as the render that shows the
  // run's end: a reader who reloads the moment a run is done still finds it (a passive effect ran
  // later, and a reload in between lost the finished run to the last running checkpoint).
  useLayoutEffect(() => {
    const record = runToSave(state);
    if (!record) return;
    const now = performance.now();
    if (state.status === "running" && now - lastSaved.current < SAVE_RUNNING_EVERY_MS) return;
    lastSaved.current = now;
    writeSaved(key, record).catch((error: unknown) =>
      setProblem(`These results could not be saved (${messageOf(error)}).`),
    );
  }, [key, state]);

  // The cell leaves the page mid-run (another lesson): its points so far are saved, all of them.
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      const record = latest.current.status === "running" ? runToSave(latest.current) : null;
      if (record) writeSaved(key, record).catch(() => {});
    },
    [key],
  );

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
