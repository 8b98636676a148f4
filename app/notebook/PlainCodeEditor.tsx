import type { JSX } from "react";

/** The editor interface, shared with the CodeMirror editor at app/notebook/editor. */
export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  language: "javascript" | "typescript" | "wgsl" | "python";
  /** Accessible name, e.g. "Task code of Counting primes". */
  label: string;
  /** Problems to mark inline: 1-based line, column when known. */
  diagnostics?: { line: number; column?: number | null; message: string }[];
  readOnly?: boolean;
}

/**
 * A plain text area with the CodeMirror editor's props: the scratch cell's editor. It costs no
 * download, so every lesson can end with a scratch cell; experiments' task code opens in
 * CodeMirror on request.
 */
export function PlainCodeEditor({
  value,
  onChange,
  language,
  label,
  diagnostics = [],
  readOnly = false,
}: CodeEditorProps): JSX.Element {
  return (
    <div className="plain-editor" data-language={language}>
      <textarea
        aria-label={label}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        rows={Math.min(24, Math.max(6, value.split("\n").length + 1))}
        onChange={(event) => onChange(event.target.value)}
      />
      {diagnostics.map((problem) => (
        <p className="message error" role="alert" key={`${problem.line}:${problem.message}`}>
          Line {problem.line}: {problem.message}
        </p>
      ))}
    </div>
  );
}
