import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RunStatus } from "../../../engine/runState";
import {
  parseRunMarker,
  type RunMarker,
  unfinishedRunNotice,
} from "../../../engine/saved/runMarker";
import { forgetSaved, readSaved, savedKey, writeSaved } from "../../../engine/saved/store";

/**
 * Notices a run the page did not live to finish. A marker is saved when a run starts and
 * forgotten when it ends, however it ends; a marker found on load means the page was reloaded,
 * closed or crashed mid-run. Chromium ends the whole tab when any of its workers runs out of
 * JavaScript memory (V8 cannot recover from that), so the reader's code can take the page down;
 * this says so when they come back, beside their saved code and points. Leaving the lesson
 * mid-run stops the run, and the marker says that instead.
 */
export function useRunMarker(lesson: string, experiment: string, status: RunStatus) {
  const key = savedKey("active", lesson, experiment);
  const [notice, setNotice] = useState<string | null>(null);
  const previous = useRef<RunStatus>(status);
  const running = useRef<RunMarker | null>(null);

  useEffect(() => {
    let current = true;
    readSaved(key)
      .then((data) => {
        if (!current || data === undefined) return;
        const marker = parseRunMarker(data);
        if (marker) setNotice(unfinishedRunNotice(marker));
        return forgetSaved(key);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [key]);

  // A layout effect, as useSavedRun's save: the marker is gone before anyone sees the run end.
  useLayoutEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (status === "running" && was !== "running") {
      setNotice(null);
      running.current = { startedAt: new Date().toISOString() };
      writeSaved(key, running.current).catch(() => {});
    } else if (was === "running" && status !== "running") {
      running.current = null;
      forgetSaved(key).catch(() => {});
    }
  }, [key, status]);

  // The cell leaves the page mid-run (the reader opened another lesson): the run stops with it.
  useEffect(
    () => () => {
      if (running.current) writeSaved(key, { ...running.current, left: true }).catch(() => {});
    },
    [key],
  );

  return notice;
}
