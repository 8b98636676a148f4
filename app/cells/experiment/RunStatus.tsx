import type { RunState } from "../../../engine/runState";
import { formatDateTime } from "../../../kit/format";

const LABELS: Record<RunState["status"], string> = {
  idle: "Not run yet",
  running: "Running",
  done: "Done",
  stopped: "Stopped",
  error: "Failed",
  unsupported: "Cannot run here",
};

/** The run state in words, the progress bar with time left, and any error or reason. */
export function RunStatus({ state }: { state: RunState }) {
  return (
    <div className="run-status">
      <p className="state-badge" data-status={state.status} role="status">
        {LABELS[state.status]}
        {state.status === "stopped" && state.results && " (the points measured so far are kept)"}
      </p>
      {"restoredFrom" in state && state.restoredFrom && (
        <p className="restored">
          Restored from {formatDateTime(state.restoredFrom)}: saved in this browser by an earlier
          run.
        </p>
      )}
      {state.status === "running" && (
        <div className="progress">
          <progress max={1} value={state.progress.fraction} aria-label="Progress" />
          <span>
            {Math.round(state.progress.fraction * 100)} % ·{" "}
            {formatRemaining(state.progress.remainingMs)}
          </span>
        </div>
      )}
      {state.status === "error" && (
        <p className="message error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "unsupported" && <p className="message">{state.reason}</p>}
    </div>
  );
}

function formatRemaining(ms: number | null): string {
  if (ms === null) return "estimating time left…";
  if (ms < 1000) return "under a second left";
  const seconds = Math.round(ms / 1000);
  return seconds < 90 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
}
