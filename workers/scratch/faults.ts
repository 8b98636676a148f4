import { formatValue } from "../../common/scratch/format";
import type { Failure } from "../../common/wire";

/**
 * The line and column of the innermost frame of the reader's code in a V8 stack trace. The code
 * is compiled by the `AsyncFunction` constructor, so its frames read `(eval at …, <anonymous>:L:C)`;
 * `lineOffset` is how many lines the constructor puts before the body.
 *
 * @example codePosition("at f (eval at compile (k.js:1:9), <anonymous>:4:7)", 2) // { line: 2, column: 7 }
 */
export function codePosition(
  stack: string,
  lineOffset: number,
): { line: number; column: number } | null {
  const match = /eval at [^\n]*?<anonymous>:(\d+):(\d+)\)/.exec(stack);
  if (!match) return null;
  const line = Number(match[1]) - lineOffset;
  return line >= 1 ? { line, column: Number(match[2]) } : null;
}

/**
 * What the reader's code threw, or a promise it awaited rejected with, as the failure the kernel
 * sends: its name and message, and the line of the reader's code it came from.
 */
export function failureOf(thrown: unknown, lineOffset: number): Failure {
  if (thrown instanceof Error) {
    const { name, message, stack = "" } = thrown;
    const line = codePosition(stack, lineOffset)?.line ?? null;
    return { type: "threw", name, message, stack, line };
  }
  const { text } = formatValue(thrown, { depth: 2, items: 10, stringChars: 300 });
  return { type: "threw", name: "A thrown value", message: text, stack: "", line: null };
}
