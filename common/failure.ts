import { CompileFailure, sourceLine } from "./compile";

/** What a worker tells the page about an error, and where in the reader's code it came from. */
export interface Thrown {
  message: string;
  stack: string;
  /** 1-based line in the reader's compiled file it was thrown from; null when from elsewhere. */
  line: number | null;
}

/** Any thrown value as message, stack and the reader's line (see `sourceLine`). */
export function thrown(error: unknown): Thrown {
  const { message, stack = "" } = error instanceof Error ? error : new Error(String(error));
  return { message, stack, line: sourceLine(stack) };
}

/**
 * The reply of a worker that runs the reader's edited kernel file beside its own code: the file
 * did not compile, the file's code threw at a line of it, or something else failed.
 */
export type FailureReply =
  | { type: "compile-failed"; message: string; line: number | null; column: number | null }
  | { type: "threw"; message: string; stack: string; line: number }
  | { type: "failed"; message: string };

export function failureReply(error: unknown): FailureReply {
  if (error instanceof CompileFailure) {
    const { message, line, column } = error;
    return { type: "compile-failed", message, line, column };
  }
  const { message, stack, line } = thrown(error);
  return line === null
    ? { type: "failed", message: String(error) }
    : { type: "threw", message, stack, line };
}
