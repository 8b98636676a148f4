import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import type { Experiment, Source } from "../engine/experiment";
import type { EditableTask, TaskDiagnostic } from "../engine/task";
import type { EditableSlot } from "./CodePanel";
import type { CellDraft } from "./editor/useCellDraft";
import "./taskCode.css";

const loadEditor = () => import("./editor/CodeEditor");
// CodeMirror is fetched when the reader first asks to edit, never for reading a lesson.
const CodeEditor = lazy(() => loadEditor().then((module) => ({ default: module.CodeEditor })));

/** The code panel's place for an experiment's editable task file, if it has one. */
export function taskCodeSlot(
  experiment: Experiment,
  draft: CellDraft,
  diagnostics: TaskDiagnostic[],
): EditableSlot | undefined {
  const { task, title } = experiment;
  if (!task) return undefined;
  return {
    source: task.source,
    render: (source, open) => <TaskCode {...{ source, task, title, draft, diagnostics, open }} />,
  };
}

interface Props {
  source: Source;
  task: EditableTask;
  /** The experiment's title, for the editor's accessible name. */
  title: string;
  draft: CellDraft;
  /** Problems the last run found in the reader's code. */
  diagnostics: TaskDiagnostic[];
  open: boolean;
}

/**
 * The experiment's task file: read-only until the reader presses Edit, then a code editor whose
 * version the pool runs. The read-only code is also the editor's placeholder while it loads.
 */
export function TaskCode({ source, task, title, draft, diagnostics, open }: Props) {
  const [editing, setEditing] = useState(draft.edited);
  const readOnlyCode = (
    <pre>
      <code className={`language-${source.language}`}>{draft.code}</code>
    </pre>
  );
  const skipped = task.pageSeries ?? [];
  // Only a press of Edit moves the caret; an editor open from earlier edits leaves focus alone.
  const [pressedEdit, setPressedEdit] = useState(false);

  return (
    <details open={open || draft.edited} className="task-code">
      <summary>
        This page runs <code>{source.name}</code>
        {draft.edited && <span className="edited-marker">edited</span>}
      </summary>
      <div className="task-code-actions">
        {!editing && (
          <button
            type="button"
            onClick={() => {
              setPressedEdit(true);
              setEditing(true);
            }}
            onPointerEnter={() => void loadEditor()}
            onFocus={() => void loadEditor()}
          >
            Edit the code
          </button>
        )}
        {editing && !draft.edited && (
          <span className="note">Change the code, then press Run to run your version.</span>
        )}
        {draft.edited && (
          <button type="button" onClick={draft.reset}>
            Reset to the original
          </button>
        )}
      </div>
      {editing ? (
        <Suspense fallback={readOnlyCode}>
          <FocusOnMount focus={pressedEdit}>
            <CodeEditor
              value={draft.code}
              onChange={draft.setCode}
              language={source.language === "typescript" ? "typescript" : source.language}
              label={`Task code of ${title}`}
              diagnostics={draft.edited ? diagnostics : []}
            />
          </FocusOnMount>
        </Suspense>
      ) : (
        readOnlyCode
      )}
      {draft.edited && (
        <p className="note task-code-note">
          Your version runs only in the pool's workers, never on the page's thread
          {skipped.length > 0 &&
            `, so the series ${skipped.map((name) => `“${name}”`).join(" and ")} ${skipped.length === 1 ? "is" : "are"} left out of the run`}
          .
        </p>
      )}
    </details>
  );
}

/** Puts the caret in the editor it wraps as soon as it appears: the Edit button is gone by then. */
function FocusOnMount({ focus, children }: { focus: boolean; children: ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the editor first appears
  useEffect(() => {
    if (focus) wrapper.current?.querySelector<HTMLElement>("[contenteditable]")?.focus();
  }, []);
  return <div ref={wrapper}>{children}</div>;
}
