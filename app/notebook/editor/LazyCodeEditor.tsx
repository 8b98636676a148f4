import { lazy, Suspense } from "react";
import { type CodeEditorProps, PlainCodeEditor } from "../PlainCodeEditor";

const CodeEditor = lazy(() =>
  import("./CodeEditor").then(({ CodeEditor }) => ({ default: CodeEditor })),
);

/**
 * The CodeMirror editor, fetched when this first renders. Until it arrives, a plain text area
 * with the same props stands in, so the reader can already read and type.
 */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<PlainCodeEditor {...props} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
