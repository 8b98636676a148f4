import type { Ref } from "react";
import type { CodeEditorProps } from "./CodeEditor";
import { ProblemList } from "./ProblemList";
import "./frame.css";

interface Props extends CodeEditorProps {
  textArea: Ref<HTMLTextAreaElement>;
  /** The reader reached the code: time to fetch the real editor. */
  onFocus(): void;
}

/**
 * A plain text area in CodeMirror's place while CodeMirror loads: the same text, size and
 * problems, and already editable, so nothing the reader does meanwhile waits or gets lost.
 * A text area never traps focus: Tab moves on, as it will in CodeMirror.
 */
export function CodePlaceholder({
  value,
  onChange,
  language,
  label,
  diagnostics,
  readOnly = false,
  textArea,
  onFocus,
}: Props) {
  return (
    <div className="code-placeholder" data-language={language}>
      <textarea
        ref={textArea}
        aria-label={label}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        rows={value.split("\n").length}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
      />
      {/* CodeMirror's hint, its Tab option greyed out until the editor is there: the same lines. */}
      <p className="code-editor-hint">
        <span>
          Tab moves to the next control. Loading the code editor; then Ctrl+] and Ctrl+[ indent.
        </span>
        <label>
          <input type="checkbox" disabled /> Tab key indents
        </label>
      </p>
      <ProblemList diagnostics={diagnostics} />
    </div>
  );
}
