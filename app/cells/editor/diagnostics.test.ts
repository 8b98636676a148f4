import { Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { toEditorDiagnostics } from "./diagnostics";

const doc = Text.of(["function f(x) {", "  return x +;", "}"]);

describe("toEditorDiagnostics", () => {
  it("marks the character at a known line and column", () => {
    const [mark] = toEditorDiagnostics(doc, [{ line: 2, column: 13, message: "Unexpected token" }]);
    expect(doc.sliceString(mark?.from ?? 0, mark?.to)).toBe(";");
    expect(mark?.severity).toBe("error");
  });

  it("marks the whole line when the column is unknown", () => {
    const [mark] = toEditorDiagnostics(doc, [{ line: 2, column: null, message: "threw" }]);
    expect(doc.sliceString(mark?.from ?? 0, mark?.to)).toBe("  return x +;");
  });

  it("keeps a mark past the end of the code on its last line", () => {
    const [mark] = toEditorDiagnostics(doc, [{ line: 9, message: "gone" }]);
    expect(doc.lineAt(mark?.from ?? 0).number).toBe(3);
  });

  it("keeps a column past the end of its line at the line's end", () => {
    const [mark] = toEditorDiagnostics(doc, [{ line: 3, column: 40, message: "end" }]);
    expect(mark?.from).toBe(doc.line(3).to);
  });
});
