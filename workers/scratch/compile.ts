import { CompileError } from "../../common/errors";
import { codePosition } from "./faults";

export type CellFunction = (...scope: unknown[]) => Promise<unknown>;

const AsyncFunction = (async () => {}).constructor as new (
  ...parametersAndBody: string[]
) => CellFunction;

/**
 * Compiles the reader's code as the body of an async function whose parameters are the names
 * in scope, so top-level `await` works and `return` gives the cell's value. Code that does not
 * parse throws a CompileError at its line and column.
 */
export async function compileCell(code: string, names: readonly string[]): Promise<CellFunction> {
  try {
    return new AsyncFunction(...names, code);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw await locateSyntaxError(code, error);
  }
}

/**
 * V8's SyntaxError from the Function constructor carries no position, so on failure (only then)
 * acorn parses the code as a function body would be parsed, to find the line and column. It is
 * loaded on demand, into the kernel worker only.
 */
async function locateSyntaxError(code: string, error: SyntaxError): Promise<CompileError> {
  const { parse } = await import("acorn");
  try {
    parse(code, {
      ecmaVersion: "latest",
      sourceType: "script",
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch (parseError) {
    const loc = (parseError as { loc?: { line: number; column: number } }).loc;
    if (loc) {
      const message = (parseError as Error).message.replace(/ \(\d+:\d+\)$/, "");
      return new CompileError(message, loc.line, loc.column + 1);
    }
  }
  return new CompileError(error.message, null, null);
}

let offset: Promise<number> | null = null;

/**
 * How many lines the AsyncFunction constructor puts before the body (its header with the
 * parameter list), measured once rather than assumed, since it is an engine detail.
 */
export function lineOffset(names: readonly string[]): Promise<number> {
  offset ??= new AsyncFunction(...names, "throw new Error()")().then(
    () => 0,
    (error: Error) => (codePosition(error.stack ?? "", 0)?.line ?? 1) - 1,
  );
  return offset;
}
