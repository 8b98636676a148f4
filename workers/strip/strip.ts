import { transform } from "sucrase";
import { CompileError } from "../../common/errors";

/**
 * A kernel file as the reader edited it (TypeScript with `export function`s) as JavaScript that
 * a worker only has to wrap and evaluate. Sucrase strips the types and turns the exports into
 * assignments to `exports`, keeping every line where it was, so a compile error's line or a
 * stack trace's line is a line of the code the reader sees. It only rewrites text: the reader's
 * code never runs here.
 */
export function stripTypes(source: string): string {
  try {
    return transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true })
      .code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message.replace(/ \(\d+:\d+\)$/, "");
    // Sucrase's columns already count from 1.
    throw new CompileError(message, loc?.line ?? null, loc?.column ?? null);
  }
}
