import type { FromStripWorker, ToStripWorker } from "../../workers/strip-protocol";
import { CompileError } from "./pool/errors";

/**
 * The reader's edited kernel file as JavaScript, lines kept, stripped once per run before any
 * clock starts, so that every worker that runs it only wraps and evaluates it: a fresh worker
 * then costs the same whether the code was edited or not. Sucrase loads into a short-lived
 * worker of its own, never into the page (its evaluation would be a long main-thread task) nor
 * into the timed workers. A compile error becomes a `CompileError` at its line and column.
 */
export async function stripKernelFile(source: string, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  const worker = new Worker(new URL("../../workers/strip-worker.ts", import.meta.url), {
    type: "module",
    name: "strip-types",
  });
  let onAbort = () => {};
  try {
    return await new Promise<string>((resolve, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      worker.onmessage = ({ data }: MessageEvent<FromStripWorker>) => {
        if (data.type === "stripped") resolve(data.code);
        else reject(new CompileError(data.message, data.line, data.column));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(`The type stripper failed: ${event.message || "it did not start"}`));
      };
      worker.postMessage({ source } satisfies ToStripWorker);
    });
  } finally {
    signal.removeEventListener("abort", onAbort);
    worker.terminate();
  }
}
