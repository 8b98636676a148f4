import { useEffect, useRef } from "react";
import type { Source } from "../../../engine/experiment";
import type { EditableTask, TaskDiagnostic } from "../../../workers/pool/host/task";
import { CodeEditor } from "../editor/CodeEditor";
import type { CellDraft } from "../editor/useCellDraft";

/** Marks belong to the reader's version only; the original runs as a built-in kernel. */
const NONE: TaskDiagnostic[] = [];

export interface TaskEditorProps {
  source: Source;
  task: EditableTask;
  /** The experiment's title, for the editor's accessible name. */
  title: string;
  draft: CellDraft;
  /** Problems the last run found in the reader's code. */
  diagnostics: TaskDiagnostic[];
  /** Put the caret in the editor: the reader just pressed Edit, and that button is gone. */
  focus: boolean;
}

/**
 * The task file in a code editor, with Reset and what an edit changes about the run. Loaded with
 * CodeMirror only once the reader asks to edit.
 */
export default function TaskEditor({
  source,
  task,
  title,
  draft,
  diagnostics,
  focus,
}: TaskEditorProps) {
  const skipped = task.pageSeries ?? [];
  const wrapper = useRef<HTMLDivElement>(null);
  const focusEditor = () =>
    wrapper.current?.querySelector<HTMLElement>("[contenteditable]")?.focus();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the editor first appears
  useEffect(() => {
    if (focus) focusEditor();
  }, []);
  return (
    <>
      <div className="task-code-actions">
        {draft.edited ? (
          <button
            type="button"
            onClick={() => {
              draft.reset();
              // The button goes with the edit; the caret goes back to the code.
              focusEditor();
            }}
          >
            Reset to the original
          </button>
        ) : (
          <span className="note">Change the code, then press Run to run your version.</span>
        )}
      </div>
      <div ref={wrapper}>
        <CodeEditor
          value={draft.code}
          onChange={draft.setCode}
          language={source.language}
          label={`Task code of ${title}`}
          diagnostics={draft.edited ? diagnostics : NONE}
        />
      </div>
      {draft.edited && (
        <p className="note task-code-note">
          Your version runs only in workers, never on the page's thread
          {skipped.length > 0 &&
            `, so the series ${skipped.map((name) => `“${name}”`).join(" and ")} ${skipped.length === 1 ? "is" : "are"} left out of the run`}
          .
        </p>
      )}
    </>
  );
}
