import { describe, expect, it } from "vitest";
import polyFile from "../workers/kernels/poly.ts?raw";
import { stripTypes } from "../workers/strip/strip";
import { CompileFailure, compileTask } from "./compile";
import { failureReply, thrown } from "./failure";

const LOOP_LINE = "    output[i] = x + x * x + x * x * x;";

/** The reader's poly.ts with its loop's line replaced by `replacement`, and that line's number. */
function editedPoly(replacement: string): { source: string; line: number } {
  const lines = polyFile.split("\n");
  const at = lines.indexOf(LOOP_LINE);
  lines[at] = replacement;
  return { source: lines.join("\n"), line: at + 1 };
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("It did not throw.");
}

const floats = () => [new Float32Array(4), new Float32Array(4), 0, 4] as const;

describe("thrown", () => {
  it("finds the reader's line of a throw from their compiled file", async () => {
    const { source, line } = editedPoly('    throw new Error("boom");');
    const polyLoop = await compileTask(stripTypes(source), "polyLoop");
    const error = errorOf(() => (polyLoop as (...args: unknown[]) => void)(...floats()));
    expect(thrown(error)).toMatchObject({ message: "boom", line });
  });

  it("has no line for an error thrown outside the reader's code", () => {
    expect(thrown(new Error("elsewhere"))).toMatchObject({ message: "elsewhere", line: null });
    expect(thrown("a string")).toMatchObject({ message: "a string", line: null });
  });
});

describe("failureReply", () => {
  it("marks an undefined name in the reader's code at its line", async () => {
    const { source, line } = editedPoly("    output[i] = y;");
    const polyLoop = await compileTask(stripTypes(source), "polyLoop");
    const error = errorOf(() => (polyLoop as (...args: unknown[]) => void)(...floats()));
    expect(failureReply(error)).toMatchObject({
      type: "threw",
      message: "y is not defined",
      line,
    });
  });

  it("passes a compile failure on with its line and column", () => {
    expect(failureReply(new CompileFailure("Unexpected token", 3, 7))).toEqual({
      type: "compile-failed",
      message: "Unexpected token",
      line: 3,
      column: 7,
    });
  });

  it("reports any other error as a plain failure, as before", () => {
    expect(failureReply(new RangeError("no room"))).toEqual({
      type: "failed",
      message: "RangeError: no room",
    });
  });
});
