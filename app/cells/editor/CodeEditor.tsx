import {
  defaultKeymap,
  history,
  historyKeymap,
  indentWithTab,
  temporarilySetTabFocusMode,
} from "@codemirror/commands";
import { bracketMatching, indentOnInput } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { type JSX, useEffect, useId, useRef, useState } from "react";
import { type LineDiagnostic, toEditorDiagnostics } from "./diagnostics";
import { hangingIndent } from "./hangingIndent";
import { type EditorLanguage, loadLanguage } from "./languages";
import { ProblemList } from "./ProblemList";
import { notebookHighlighting, notebookTheme } from "./theme";
import "./editor.css";
import "./frame.css";

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  language: EditorLanguage;
  /** Accessible name, e.g. "Task code of Counting primes". */
  label: string;
  /** Problems to mark inline: 1-based line, column when known. */
  diagnostics?: LineDiagnostic[];
  readOnly?: boolean;
}

/** Tab indents only when the reader asks for it; Escape, then Tab, still leaves the editor. */
const tabIndents: Extension = keymap.of([
  { key: "Escape", run: temporarilySetTabFocusMode },
  indentWithTab,
]);

/**
 * A CodeMirror 6 editor. It never traps focus: by default Tab moves on to the next control, as
 * everywhere else on the page; a checkbox under it lets the reader make Tab indent instead.
 * Load it with `React.lazy`: CodeMirror is the heaviest thing on the page.
 */
export function CodeEditor({
  value,
  onChange,
  language,
  label,
  diagnostics,
  readOnly = false,
}: CodeEditorProps): JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const compartments = useRef({
    language: new Compartment(),
    readOnly: new Compartment(),
    tab: new Compartment(),
    label: new Compartment(),
  });
  const [tabIndentsOn, setTabIndentsOn] = useState(false);
  const hintId = useId();
  const tabBoxId = useId();

  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  // One view for the component's life; later prop changes are dispatched into it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effects below keep it current
  useEffect(() => {
    const parts = compartments.current;
    const created = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          lintGutter(),
          // Long lines wrap: nothing scrolls sideways at phone width (see theme.ts).
          EditorView.lineWrapping,
          hangingIndent,
          parts.tab.of([]),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          notebookTheme,
          notebookHighlighting,
          parts.language.of([]),
          parts.readOnly.of(EditorState.readOnly.of(readOnly)),
          parts.label.of(EditorView.contentAttributes.of({ "aria-label": label })),
          EditorView.contentAttributes.of({ "aria-describedby": hintId }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  // A value from outside (Reset, say) replaces the document; the reader's own typing is already it.
  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === value) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    let cancelled = false;
    void loadLanguage(language).then((extension) => {
      if (cancelled || !view.current) return;
      view.current.dispatch({ effects: compartments.current.language.reconfigure(extension) });
    });
    return () => {
      cancelled = true;
    };
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({
      effects: [
        compartments.current.readOnly.reconfigure(EditorState.readOnly.of(readOnly)),
        compartments.current.label.reconfigure(
          EditorView.contentAttributes.of({ "aria-label": label }),
        ),
        compartments.current.tab.reconfigure(tabIndentsOn ? tabIndents : []),
      ],
    });
  }, [readOnly, label, tabIndentsOn]);

  // Marks stay on their text as the reader edits, until the next set of diagnostics.
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.dispatch(
      setDiagnostics(current.state, toEditorDiagnostics(current.state.doc, diagnostics ?? [])),
    );
  }, [diagnostics]);

  return (
    <div className="code-editor">
      <div ref={host} />
      <p className="code-editor-hint" id={hintId}>
        <span>
          {tabIndentsOn
            ? "Tab indents. To leave the editor, press Esc, then Tab."
            : "Tab moves to the next control. Indent with Ctrl+] and Ctrl+[ (⌘ on a Mac)."}
        </span>
        <label htmlFor={tabBoxId}>
          <input
            id={tabBoxId}
            type="checkbox"
            checked={tabIndentsOn}
            onChange={(event) => setTabIndentsOn(event.target.checked)}
          />{" "}
          Tab key indents
        </label>
      </p>
      <ProblemList diagnostics={diagnostics} />
    </div>
  );
}
