/**
 * What LazyCodeEditor fetches in one go: the editor, and CodeMirror's view class to find the
 * editor's view and hand it the caret the reader had in the text area.
 */
export { EditorView } from "@codemirror/view";
export { CodeEditor } from "./CodeEditor";
