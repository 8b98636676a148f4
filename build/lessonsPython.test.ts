import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Every lesson's Python is printed for readers to run on their own CPython, and the page runs
 * its twins in Pyodide's CPython 3.14: each file must parse, and compile, as Python 3.14. The
 * experiments' `python` fields are these files (`import python from "./name.py?raw"`).
 */
const ROOT = join(import.meta.dirname, "..");
const LESSONS = join(ROOT, "lessons");

function pythonFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return pythonFilesUnder(path);
    return entry.name.endsWith(".py") ? [path] : [];
  });
}

// Pyodide's CPython: ast.parse for 3.14's grammar, then compile() for what only the compiler
// finds (a return outside a function, a misplaced nonlocal…). The problem names file and line.
const CHECKER = `
import ast, sys

def problem_in(source, filename):
    try:
        tree = ast.parse(source, filename=filename, feature_version=(3, 14))
        compile(tree, filename, "exec")
    except SyntaxError as error:
        return f"{filename}, line {error.lineno}: {error.msg}"
    return None
`;

const files = pythonFilesUnder(LESSONS).map((path) => relative(ROOT, path));
let problemIn: (source: string, filename: string) => string | undefined;
let version = "";

beforeAll(async () => {
  const pyodide = await loadPyodide();
  pyodide.runPython(CHECKER);
  problemIn = pyodide.globals.get("problem_in");
  version = pyodide.runPython("'.'.join(map(str, __import__('sys').version_info[:2]))");
}, 120_000);

describe("the lessons' Python", () => {
  it("is checked by CPython 3.14, over every lesson's files", () => {
    expect(version).toBe("3.14");
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s parses and compiles as Python 3.14", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    expect(problemIn(source, file) ?? null).toBeNull();
  });

  it("names the file and line of a syntax error", () => {
    expect(problemIn("def f(:\n    pass\n", "broken.py")).toMatch(/^broken\.py, line 1: /);
    expect(problemIn("x = 1\nreturn x\n", "outside.py")).toMatch(/^outside\.py, line 2: /);
  });
});
