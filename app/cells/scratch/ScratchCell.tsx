import { type KeyboardEvent, useEffect, useReducer, useRef } from "react";
import { savedKey } from "../../../engine/saved/store";
import { initialScratchState, scratchReducer } from "../../../engine/scratchState";
import type { KernelFault } from "../../../workers/scratch/host/explain";
import { Kernel } from "../../../workers/scratch/host/scratchKernel";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { usePersistentState } from "../usePersistentState";
import { SCRATCH_EXAMPLE } from "./example";
import { ScratchHeader } from "./ScratchHeader";
import { PrintedLines, ReturnedValue } from "./ScratchOutput";
import "./scratch.css";

/** A saved scratch cell is the reader's text. */
function validCode(data: unknown): string {
  if (typeof data === "string") return data;
  throw new Error("saved scratch code must be text");
}

const LABELS = {
  idle: "Not run yet",
  running: "Running (Stop ends it at once)",
  done: "Done",
  stopped: "Stopped",
  error: "Failed",
  unsupported: "Cannot run here",
} as const;

/**
 * The scratch cell at the end of a lesson: the reader's own JavaScript, run in a kernel worker
 * only when they press Run, with its printed lines and its value shown below.
 */
export function ScratchCell({ lesson }: { lesson: string }) {
  // Each lesson's scratch code is saved (IndexedDB), so a reload or a crash loses nothing.
  const saved = usePersistentState(savedKey("code", lesson, "scratch"), SCRATCH_EXAMPLE, validCode);
  const code = saved.value;
  const [state, dispatch] = useReducer(scratchReducer, initialScratchState);
  const kernel = useRef<Kernel | null>(null);
  const { run: runState } = state;
  const isRunning = runState.status === "running";

  useEffect(() => () => kernel.current?.terminate(), []);

  async function run() {
    kernel.current ??= new Kernel();
    // The kernel, not this render's state, knows of a run a moment-old click started.
    if (kernel.current.busy) return;
    dispatch({ type: "started" });
    const started = performance.now();
    const outcome = await kernel.current.run(code, (lines, dropped) =>
      dispatch({ type: "output", lines, dropped }),
    );
    if (outcome.type === "returned") {
      const elapsedMs = performance.now() - started;
      dispatch({ type: "returned", result: { display: outcome.display, elapsedMs } });
    } else if (outcome.type === "failed") dispatch({ type: "failed", fault: outcome.fault });
    else dispatch({ type: "stopped" });
  }

  function stop() {
    kernel.current?.stop();
    dispatch({ type: "stopped" });
  }

  // Shift+Enter runs, as in Jupyter; Ctrl+Enter (⌘+Enter) too. Caught on the way down, before
  // the editor would take the key for a new line.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Enter" || !(event.shiftKey || event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void run();
  }

  return (
    <section
      className="cell scratch"
      id="scratch"
      data-experiment="scratch"
      data-state={runState.status}
      aria-labelledby="scratch-title"
      onKeyDownCapture={onKeyDown}
    >
      <ScratchHeader
        lesson={lesson}
        cell="scratch"
        title="Scratch cell: your own code"
        linkTo="the scratch cell"
      />
      <p className="note">
        Free JavaScript with the notebook's tools at hand. It runs in its own worker, the way
        Jupyter runs a kernel, and only when you press Run (or Shift+Enter).
      </p>
      <LazyCodeEditor
        value={code}
        onChange={saved.set}
        language="javascript"
        label="Scratch code"
        diagnostics={diagnosticsOf(state.fault)}
      />
      {saved.problem && <p className="message notice">{saved.problem}</p>}
      <div className="cell-actions">
        <button type="button" className="primary" onClick={run} disabled={isRunning}>
          Run
        </button>
        <button type="button" onClick={stop} disabled={!isRunning}>
          Stop
        </button>
      </div>
      <div className="run-status">
        <p className="state-badge" data-status={runState.status} role="status">
          {LABELS[runState.status]}
          {runState.status === "done" && ` in ${formatSeconds(runState.results.elapsedMs)}`}
          {runState.status === "stopped" && ": the kernel was ended; Run starts a fresh one"}
        </p>
        {runState.status === "error" && (
          <p className="message error" role="alert">
            {runState.message}
          </p>
        )}
      </div>
      <PrintedLines lines={state.output} dropped={state.droppedLines} />
      {runState.status === "done" && <ReturnedValue display={runState.results.display} />}
    </section>
  );
}

/** Faults with a line in the reader's code, for the editor to mark there. */
function diagnosticsOf(fault: KernelFault | null) {
  if (fault?.kind === "syntax" && fault.line !== null) {
    return [{ line: fault.line, column: fault.column, message: fault.message }];
  }
  if (fault?.kind === "runtime" && fault.line !== null) {
    return [{ line: fault.line, message: `${fault.name}: ${fault.message}` }];
  }
  return [];
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
