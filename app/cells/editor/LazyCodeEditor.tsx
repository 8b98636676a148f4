import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { CodeEditorProps } from "./CodeEditor";
import { CodePlaceholder } from "./CodePlaceholder";

type CodeMirror = typeof import("./codeMirror");

/** Where the reader was in the text area when CodeMirror took its place. */
interface Caret {
  anchor: number;
  head: number;
  focused: boolean;
}

// Fetched once per page; every later editor opens as CodeMirror at once.
let loading: Promise<CodeMirror> | null = null;
let loaded: CodeMirror | null = null;
const loadCodeMirror = () => {
  loading ??= import("./codeMirror").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
};

/** How near the viewport the editor must come before CodeMirror is fetched for it. */
const NEAR = "400px 0px";

/**
 * The CodeMirror editor, fetched only when the editor nears the viewport or the reader focuses
 * it: a lesson that ends with an editor does not make every reader download CodeMirror. Until
 * then a text area of the same size stands in; it is already editable, and CodeMirror takes
 * over its text, caret and focus.
 */
export function LazyCodeEditor(props: CodeEditorProps) {
  const [codeMirror, setCodeMirror] = useState(loaded);
  const box = useRef<HTMLDivElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<Caret | null>(null);
  const wanted = useRef(false);

  const want = () => {
    if (wanted.current) return;
    wanted.current = true;
    loadCodeMirror().then(
      (module) => {
        const area = textArea.current;
        if (!area) return;
        const backwards = area.selectionDirection === "backward";
        caret.current = {
          anchor: backwards ? area.selectionEnd : area.selectionStart,
          head: backwards ? area.selectionStart : area.selectionEnd,
          focused: document.activeElement === area,
        };
        // Swapped now, not at React's next render: a key pressed in between would move a caret
        // already read.
        flushSync(() => setCodeMirror(module));
      },
      // The text area stays and keeps working: CodeMirror only makes editing nicer.
      () => {
        wanted.current = false;
        loading = null;
      },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `want` reads refs only
  useEffect(() => {
    if (codeMirror || !box.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) want();
      },
      { rootMargin: NEAR },
    );
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [codeMirror]);

  // CodeMirror's view exists once its component's effects have run, which is before this one's.
  useEffect(() => {
    const host = box.current?.querySelector<HTMLElement>(".cm-editor");
    const view = host && codeMirror?.EditorView.findFromDOM(host);
    const was = caret.current;
    if (!view || !was) return;
    caret.current = null;
    const length = view.state.doc.length;
    view.dispatch({
      selection: { anchor: Math.min(was.anchor, length), head: Math.min(was.head, length) },
    });
    if (was.focused) view.focus();
  }, [codeMirror]);

  return (
    <div ref={box}>
      {codeMirror ? (
        <codeMirror.CodeEditor {...props} />
      ) : (
        <CodePlaceholder {...props} textArea={textArea} onFocus={want} />
      )}
    </div>
  );
}
