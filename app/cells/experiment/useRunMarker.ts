import { useEffect, useRef, useState } from "react";
import type { RunStatus } from "../../../engine/runState";
import { forgetSaved, readSaved, savedKey, writeSaved } from "../../../engine/saved/store";

/**
 * Notices a run the page did not live to finish. A marker is saved when a run starts and
 * forgotten when it ends, however it ends; a marker found on load means the page was reloaded,
 * closed or crashed mid-run. Chromium ends the whole tab when any of its workers runs out of
 * JavaScript memory (V8 cannot recover from that), so the reader's code can take the page down;
 * this says so when they come back, beside their saved code and points.
 */
export function useRunMarker(lesson: string, experiment: string, status: RunStatus) {
  const key = savedKey("active", lesson, experiment);
  const [notice, setNotice] = useState<string | null>(null);
  const previous = useRef<RunStatus>(status);

  useEffect(() => {
    let current = true;
    readSaved(key)
      .then((startedAt) => {
        if (!current || typeof startedAt !== "string") return;
        setNotice(
          `The run started at ${new Date(startedAt).toLocaleTimeString("en")} did not finish: the page was reloaded, closed or crashed while it ran. A tab ends when a worker runs out of JavaScript memory, so check your code for data that grows without end. Your code and the points measured before are kept.`,
        );
        return forgetSaved(key);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [key]);

  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (status === "running" && was !== "running") {
      setNotice(null);
      writeSaved(key, new Date().toISOString()).catch(() => {});
    } else if (was === "running" && status !== "running") {
      forgetSaved(key).catch(() => {});
    }
  }, [key, status]);

  return notice;
}
