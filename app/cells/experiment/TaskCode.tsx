import { lazy, Suspense, useState } from "react";
import type { Experiment, Source } from "../../../engine/experiment";
import type { EditableTask, TaskDiagnostic } from "../../../workers/pool/host/task";
import { CodeBlock } from "../code/CodeBlock";
import type { CellDraft } from "../editor/useCellDraft";
import type { EditableSlot } from "./CodePanel";
import "./taskCode.css";

// CodeMirror is fetched when the reader first asks to edit (or points at Edit), never for reading.
const loadEditor = () => import("./TaskEditor");
const TaskEditor = lazy(loadEditor);
// Fetching ahead of the press: a failure is reported when the editor is shown, not here.
const prefetchEditor = () => void loadEditor().catch(() => {});

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
  // Only a press of Edit moves the caret; an editor open from earlier edits leaves focus alone.
  const [pressedEdit, setPressedEdit] = useState(false);
  const readOnlyCode = <CodeBlock code={draft.code} language={source.language} />;

  return (
    <details open={open || draft.edited} className="task-code">
      <summary>
        This page runs <code>{source.name}</code>
        {draft.edited && <span className="edited-marker">edited</span>}
      </summary>
      {task.note && <p className="note task-code-note">{task.note}</p>}
      {editing ? (
        <Suspense
          fallback={
            <>
              <div className="task-code-actions">
                <span className="note">Loading the editor…</span>
              </div>
              {readOnlyCode}
            </>
          }
        >
          <TaskEditor {...{ source, task, title, draft, diagnostics }} focus={pressedEdit} />
        </Suspense>
      ) : (
        <>
          <div className="task-code-actions">
            <button
              type="button"
              onClick={() => {
                setPressedEdit(true);
                setEditing(true);
              }}
              onPointerEnter={prefetchEditor}
              onFocus={prefetchEditor}
            >
              Edit the code
            </button>
          </div>
          {readOnlyCode}
        </>
      )}
    </details>
  );
}
