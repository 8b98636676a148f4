import type { LineDiagnostic } from "./diagnostics";
import "./frame.css";

/** The problems marked in the code, also as text under it: "Line 2, column 15: Unexpected token". */
export function ProblemList({
  diagnostics,
}: {
  diagnostics: readonly LineDiagnostic[] | undefined;
}) {
  if (!diagnostics || diagnostics.length === 0) return null;
  return (
    <ul className="code-editor-problems" role="alert">
      {diagnostics.map((problem) => (
        <li key={`${problem.line}:${problem.column ?? ""}:${problem.message}`}>
          Line {problem.line}
          {problem.column ? `, column ${problem.column}` : ""}: {problem.message}
        </li>
      ))}
    </ul>
  );
}
