import type { ReactNode } from "react";
import type { PythonRun, Source } from "../../../engine/experiment";
import { PYTHON_SERIES } from "../../../engine/pythonMeasures";
import { CodeBlock } from "../code/CodeBlock";
import { PythonTwin } from "../python/PythonTwin";

interface Props {
  sources: Source[];
  python: string;
  /** How Run Python names and sizes the twin; absent when the experiment offers no run. */
  pythonRun?: PythonRun | undefined;
  /** Draws the source the reader may edit (by name) in place of its read-only code. */
  editable?: EditableSlot | undefined;
  /** Given what the twin printed when its run ends well (its timings join the chart). */
  onPythonFinished?: ((output: string) => void) | undefined;
  /** Kept mounted but not shown (a slide's code before "Show code"): a Python run goes on. */
  hidden?: boolean;
  id?: string;
}

export interface EditableSlot {
  source: string;
  render(source: Source, open: boolean): ReactNode;
}

/** The Python version beside the code this page runs; both are the real files. */
export function CodePanel({
  sources,
  python,
  pythonRun,
  editable,
  onPythonFinished,
  hidden = false,
  id,
}: Props) {
  return (
    <div className="code-panel" id={id} hidden={hidden}>
      <PythonTwin
        python={python}
        fileName={pythonRun?.fileName ?? "twin.py"}
        sizes={pythonRun?.sizes}
        {...(pythonRun?.measures && {
          onFinished: onPythonFinished,
          joinsChart: `Its timings join this cell's chart as “${PYTHON_SERIES}”, beside the page's latest run.`,
        })}
      />
      <div className="code">
        {sources.map((source, i) =>
          source.name === editable?.source ? (
            <div key={source.name}>{editable.render(source, i === 0)}</div>
          ) : (
            <details key={source.name} open={i === 0}>
              <summary>
                This page runs <code>{source.name}</code>
              </summary>
              <CodeBlock code={source.code} language={source.language} />
            </details>
          ),
        )}
      </div>
    </div>
  );
}
