import { type KeyboardEvent, useEffect, useState } from "react";
import { savedKey } from "../../../engine/saved/store";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { useCellLink } from "../experiment/useCellLink";
import { ScratchHeader } from "../scratch/ScratchHeader";
import { usePersistentState } from "../usePersistentState";
import { PYTHON_SCRATCH_EXAMPLE } from "./example";
import { PythonOutput } from "./PythonOutput";
import { usePythonRun } from "./usePythonRun";

const CELL = "python-scratch";

function validCode(data: unknown): string {
  if (typeof data === "string") return data;
  throw new Error("saved Python scratch code must be text");
}

/**
 * The Python scratch cell at the end of a lesson: any script the reader writes, run by CPython
 * with `multiprocessing` on Web Workers, only when they press Run. Code from a link sits in the
 * cell, marked, and is saved only once the reader edits it.
 */
export function PythonScratchCell({ lesson }: { lesson: string }) {
  const saved = usePersistentState(
    savedKey("code", lesson, CELL),
    PYTHON_SCRATCH_EXAMPLE,
    validCode,
  );
  const link = useCellLink(lesson, CELL);
  const [fromLink, setFromLink] = useState<string | null>(null);
  useEffect(() => {
    if (link?.code != null) setFromLink(link.code);
  }, [link]);
  const code = fromLink ?? saved.value;
  const { state, run, stop } = usePythonRun();
  const running = state.status === "running";

  function edit(next: string) {
    setFromLink(null);
    saved.set(next);
  }

  function start() {
    void run({ fileName: "main.py", code });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Enter" || !(event.shiftKey || event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    start();
  }

  const diagnostics =
    state.status === "error" && state.line !== null
      ? [{ line: state.line, message: "The exception came from this line (see the traceback)." }]
      : [];

  return (
    <section
      className="cell scratch"
      id={CELL}
      data-experiment={CELL}
      data-state={state.status}
      data-from-link={fromLink !== null ? "" : undefined}
      aria-labelledby="python-scratch-title"
      onKeyDownCapture={onKeyDown}
    >
      <ScratchHeader
        lesson={lesson}
        cell="python-scratch"
        title="Python scratch cell: your own script"
        linkTo="the Python scratch cell"
      />
      <p className="note">
        CPython 3.14 in WebAssembly, with <code>multiprocessing</code>: each process is a fresh
        interpreter in a Web Worker, started with <code>spawn</code>. The standard library only; no
        threads, no NumPy. It runs only when you press Run (or Shift+Enter).
      </p>
      {fromLink !== null && (
        <p className="message notice" role="status">
          This script came from a link. It has not run and is not saved: read it, then press Run to
          run it, or edit it to keep it as yours.
        </p>
      )}
      <LazyCodeEditor
        value={code}
        onChange={edit}
        language="python"
        label="Python scratch code"
        diagnostics={diagnostics}
      />
      {saved.problem && <p className="message notice">{saved.problem}</p>}
      <div className="cell-actions">
        <button type="button" className="primary" onClick={start} disabled={running}>
          Run
        </button>
        <button type="button" onClick={stop} disabled={!running}>
          Stop
        </button>
      </div>
      <PythonOutput state={state} />
    </section>
  );
}
