import type { PythonRunState } from "../../../engine/pythonRunState";
import "./python.css";

const LABELS = {
  idle: "Not run yet",
  running: "Running (Stop sends KeyboardInterrupt)",
  done: "Done",
  stopped: "Stopped",
  error: "Failed",
  unsupported: "Cannot run here",
} as const;

/**
 * What a Python program printed, as a terminal shows it (stderr in its own colour), with its
 * state and what its interpreters cost to start: the price of `spawn`, measured here.
 */
export function PythonOutput({ state }: { state: PythonRunState }) {
  const { status, output, droppedChars, message } = state;
  return (
    <div className="python-run">
      {status !== "idle" && (
        <p className="state-badge" data-status={status} role="status">
          {LABELS[status]}
          {state.runMs !== null && status !== "running" && ` after ${seconds(state.runMs)}`}
        </p>
      )}
      {message && (status === "error" || status === "unsupported") && (
        <p className="message error">{message}</p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long output scrolls, and a keyboard must reach it (WCAG 2.1.1). */}
      <pre className="python-output" data-python-output="" data-python-state={status} tabIndex={0}>
        {output.map((chunk, i) => (
          // Chunks only grow at the end, so their index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <span key={i} data-stream={chunk.stream}>
            {chunk.text}
          </span>
        ))}
        {droppedChars > 0 && (
          <span data-stream="note">
            {"\n"}… {droppedChars.toLocaleString("en")} more characters were printed and not kept.
          </span>
        )}
      </pre>
      <StartupCosts starts={state.starts} />
    </div>
  );
}

function StartupCosts({ starts }: { starts: PythonRunState["starts"] }) {
  if (starts.length === 0) return null;
  const warm = starts.filter((start) => start.warm).length;
  const cold = starts.filter((start) => !start.warm).map((start) => start.ms);
  return (
    <p className="note python-costs">
      {starts.length} {starts.length === 1 ? "interpreter" : "interpreters"} (CPython 3.14 in
      WebAssembly, one per process):{" "}
      {cold.length > 0 &&
        `${cold.length} started cold, in ${range(cold)}${cold.length > 1 ? " each" : ""}`}
      {cold.length > 0 && warm > 0 && "; "}
      {warm > 0 && `${warm} taken warm, booted ahead between runs as a forkserver would`}. A native
      CPython starts a spawned process in well under a second.
    </p>
  );
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function range(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return Math.round(low / 100) === Math.round(high / 100)
    ? seconds(low)
    : `${seconds(low)} to ${seconds(high)}`;
}
