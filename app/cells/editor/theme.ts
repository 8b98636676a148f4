import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

/**
 * Colours come from CSS variables (the page's, and editor.css's syntax colours), so the editor
 * follows the system's light or dark scheme and the notebook's theme switch without rebuilding.
 */
export const notebookTheme = EditorView.theme({
  "&": {
    color: "var(--fg)",
    backgroundColor: "var(--panel)",
    borderRadius: "6px",
    fontSize: "0.875em",
    border: "1px solid var(--line)",
  },
  "&.cm-focused": { outline: "2px solid var(--accent)", outlineOffset: "1px" },
  // The editor grows with its code and wraps long lines, so it never scrolls inside itself: a
  // box that scrolls must be reachable by keyboard, and this one's text already is.
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55", overflow: "visible" },
  ".cm-content": { padding: "0.6rem 0", caretColor: "var(--fg)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
    { backgroundColor: "var(--syntax-selection)" },
  ".cm-gutters": {
    backgroundColor: "var(--panel)",
    color: "var(--muted)",
    borderRight: "1px solid var(--line)",
  },
  ".cm-activeLine": { backgroundColor: "var(--syntax-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--syntax-active-line)" },
  ".cm-matchingBracket": { backgroundColor: "var(--syntax-selection)", outline: "none" },
  ".cm-tooltip": {
    backgroundColor: "var(--bg)",
    color: "var(--fg)",
    border: "1px solid var(--line)",
  },
  ".cm-lintRange-error": {
    backgroundImage: "none",
    textDecoration: "underline wavy var(--bad)",
    textUnderlineOffset: "3px",
  },
  ".cm-diagnostic-error": { borderLeftColor: "var(--bad)" },
});

export const notebookHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.keyword, tags.modifier, tags.controlKeyword], color: "var(--syntax-keyword)" },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--syntax-string)" },
    { tag: [tags.number, tags.bool, tags.atom, tags.null], color: "var(--syntax-number)" },
    { tag: [tags.comment, tags.docComment], color: "var(--syntax-comment)", fontStyle: "italic" },
    {
      tag: [
        tags.function(tags.variableName),
        tags.function(tags.propertyName),
        tags.definition(tags.function(tags.variableName)),
      ],
      color: "var(--syntax-function)",
    },
    { tag: [tags.typeName, tags.className, tags.namespace], color: "var(--syntax-type)" },
    { tag: [tags.meta, tags.annotation], color: "var(--syntax-meta)" },
  ]),
);
