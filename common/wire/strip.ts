/**
 * The wire format of the worker that strips the types from the reader's edited kernel file once
 * per run (strip-worker.ts), before any clock starts: the file in, its JavaScript or the compile
 * error (line and column in the reader's file) out.
 */
export interface ToStripWorker {
  source: string;
}

export type FromStripWorker =
  /** The worker has loaded Sucrase and takes the file. */
  | { type: "ready" }
  | { type: "stripped"; code: string }
  | { type: "compile-failed"; message: string; line: number | null; column: number | null };
