import { useEffect, useMemo, useRef } from "react";
import { canRunHere, scaleSizes } from "../../../engine/pythonTwin";
import { CodeBlock } from "../code/CodeBlock";
import { PythonOutput } from "./PythonOutput";
import { usePythonRun } from "./usePythonRun";

interface Props {
  python: string;
  /** How the script is named in its tracebacks, e.g. `count_primes.py`. */
  fileName: string;
  /** Sizes set smaller for a run in the browser, by the name the script assigns. */
  sizes?: Record<string, number> | undefined;
  /** Given what a run printed when it ends well, for a cell that reads its timings. */
  onFinished?: ((output: string) => void) | undefined;
  /** One sentence on where the run's timings go, when a cell reads them. */
  joinsChart?: string | undefined;
  /** Kept but not shown (a program's code on a slide, before "Show code"), under this id. */
  codeHidden?: { id: string; hidden: boolean } | undefined;
}

/**
 * An experiment's Python, as printed, with Run Python beside it when the browser's CPython can
 * run it, or the reason it cannot. Only its sizes may change, and the cell says which.
 */
export function PythonTwin({ python, fileName, sizes, onFinished, joinsChart, codeHidden }: Props) {
  const verdict = canRunHere(python);
  const { code, scaled } = useMemo(() => scaleSizes(python, sizes ?? {}), [python, sizes]);
  const { state, run, stop } = usePythonRun();
  const running = state.status === "running";
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (state.status !== "done") return;
    const printed = state.output.filter((chunk) => chunk.stream === "stdout");
    finished.current?.(printed.map((chunk) => chunk.text).join(""));
  }, [state.status, state.output]);
  return (
    <figure className="code python-twin">
      <figcaption>Python</figcaption>
      {codeHidden ? (
        <div id={codeHidden.id} hidden={codeHidden.hidden}>
          <CodeBlock code={python} language="python" />
        </div>
      ) : (
        <CodeBlock code={python} language="python" />
      )}
      {verdict.runs ? (
        <>
          <div className="cell-actions">
            <button type="button" onClick={() => run({ fileName, code })} disabled={running}>
              Run Python
            </button>
            <button type="button" onClick={stop} disabled={!running}>
              Stop Python
            </button>
          </div>
          <p className="python-scaled">
            Runs as printed in CPython 3.14, compiled to WebAssembly, each process a Web Worker
            {scaled.length > 0 &&
              `, with smaller sizes for the browser: ${scaled.map(({ name, from, to }) => `${name} = ${to.toLocaleString("en")} (not ${from})`).join(", ")}`}
            .{joinsChart && ` ${joinsChart}`}
          </p>
          <PythonOutput state={state} />
        </>
      ) : (
        <p className="python-cannot">This one runs on your machine, not here: {verdict.reason}.</p>
      )}
    </figure>
  );
}
