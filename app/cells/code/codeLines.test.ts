import { describe, expect, it } from "vitest";
import { codeLines } from "./codeLines";

const joined = (source: string) =>
  codeLines(source)
    .map(({ text, newline }) => (newline ? `${text}\n` : text))
    .join("");

describe("codeLines", () => {
  it("gives each line its indent in columns", () => {
    expect(codeLines("def f():\n    return 1\n\n\tx = 2").map((line) => line.indent)).toEqual([
      0, 4, 0, 4,
    ]);
    expect(codeLines("  \t x")[0]?.indent).toBe(5);
  });

  it("ends the last line with the source's final newline, not with an empty line", () => {
    expect(codeLines("a\nb\n")).toEqual([
      { text: "a", indent: 0, newline: true },
      { text: "b", indent: 0, newline: true },
    ]);
    expect(codeLines("a\nb").at(-1)).toEqual({ text: "b", indent: 0, newline: false });
  });

  it("gives back the source exactly when joined again", () => {
    for (const source of ["", "\n", "x", "x\n", "a\n\n\nb\n", "  a\n    b", "\n\nlast"]) {
      expect(joined(source)).toBe(source);
    }
  });
});
