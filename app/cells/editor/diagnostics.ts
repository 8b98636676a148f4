import type { Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";

/** A problem as the notebook reports it: 1-based line, and 1-based column when known. */
export interface LineDiagnostic {
  line: number;
  column?: number | null;
  message: string;
}

/**
 * CodeMirror's diagnostics are ranges of the document. A known column marks one character there;
 * otherwise the whole line. Lines past the end (the code changed since the run) land on the
 * last line rather than vanish.
 */
export function toEditorDiagnostics(doc: Text, problems: readonly LineDiagnostic[]): Diagnostic[] {
  return problems.map(({ line, column, message }) => {
    const { from: start, to: end } = doc.line(Math.min(Math.max(line, 1), doc.lines));
    if (column === null || column === undefined) {
      return { from: start, to: end, severity: "error", message };
    }
    const from = Math.min(start + Math.max(column, 1) - 1, end);
    return { from, to: Math.min(from + 1, end), severity: "error", message };
  });
}
