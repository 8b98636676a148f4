import type { FromGilWorker, RunThread, ThreadReport } from "../../../common/wire/gil";
import { CompileError, TaskError } from "../../pool/host/errors";

/** One thread worker of the modelled interpreter, and the run it is busy with. */
export class ThreadWorker {
  /** Resolves when the worker has loaded; rejects if it cannot. */
  readonly ready: Promise<void>;
  /** Worker clock → page clock: add this to a time the worker measured. */
  clockOffset = 0;
  private readonly worker: Worker;
  private pending: { resolve(report: ThreadReport): void; reject(reason: Error): void } | null =
    null;

  constructor(index: number) {
    this.worker = new Worker(new URL("../gil-worker.ts", import.meta.url), {
      type: "module",
      name: `corelab Python thread ${index + 1}`,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.onmessage = ({ data }: MessageEvent<FromGilWorker>) => {
        if (data.type === "ready") {
          this.clockOffset = data.timeOrigin - performance.timeOrigin;
          resolve();
        } else if (data.type === "done") {
          this.settle((pending) => pending.resolve(data.report));
        } else if (data.type === "failed") {
          // Thread i plays the part of task i: the error names it, and the line it came from.
          const error = new TaskError(index, data.message, data.stack, data.line);
          this.settle((pending) => pending.reject(error));
        } else {
          const error = new CompileError(data.message, data.line, data.column);
          this.settle((pending) => pending.reject(error));
        }
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        const reason = new Error(
          `A thread worker stopped: ${event.message || "its script could not be loaded (a missing file or a network error)"}`,
        );
        reject(reason);
        this.settle((pending) => pending.reject(reason));
      };
    });
  }

  /** Runs one thread's program; resolves with what the thread did, on the worker's clock. */
  run(message: RunThread): Promise<ThreadReport> {
    if (this.pending) throw new Error("This thread is already running.");
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  /** Stops the worker at once, even in the middle of a blocking wait. */
  terminate(reason: Error): void {
    this.worker.terminate();
    this.settle((pending) => pending.reject(reason));
  }

  private settle(action: (pending: NonNullable<ThreadWorker["pending"]>) => void): void {
    const { pending } = this;
    this.pending = null;
    if (pending) action(pending);
  }
}
