import { CompileError, TaskError } from "../workers/pool/host/errors";

/**
 * A worker's reply: it says `ready` once, `failed` with a message on any error,
 * `compile-failed` when the reader's edited file did not compile (line and column in it), and
 * `threw` when the reader's code threw, with the line of their file it was thrown from.
 */
type Reply = {
  type: string;
  message?: string;
  stack?: string;
  line?: number | null;
  column?: number | null;
};

/**
 * The error a reply stands for, or null when it is not one. The reader's code failing to compile
 * is a CompileError, and a throw from it a TaskError, each at its line (as a pool's task's
 * would be), so the cell marks that line in the editor.
 */
export function failureOf(reply: Reply): Error | null {
  if (reply.type === "failed") return new Error(reply.message);
  if (reply.type === "compile-failed") {
    return new CompileError(reply.message ?? "", reply.line ?? null, reply.column ?? null);
  }
  if (reply.type === "threw") {
    return new TaskError(0, reply.message ?? "", reply.stack ?? "", reply.line ?? null);
  }
  return null;
}

/**
 * A dedicated worker spoken to one request at a time: each request resolves with the worker's
 * next reply. A failure reply (see `failureOf`), a worker that cannot load, or the signal reject
 * the request; aborting also ends the worker, so a long pass stops at once.
 */
export class WorkerChannel<To, From extends Reply> {
  private pending: { resolve(reply: From): void; reject(reason: unknown): void } | null = null;

  private constructor(private readonly worker: Worker) {
    worker.onmessage = ({ data }: MessageEvent<From>) => {
      const pending = this.pending;
      this.pending = null;
      const failure = failureOf(data);
      if (failure) pending?.reject(failure);
      else pending?.resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.pending?.reject(
        new Error(
          `A worker stopped: ${event.message || "its script could not be loaded (a missing file or a network error)"}`,
        ),
      );
      this.pending = null;
    };
  }

  /** Waits for the worker's `ready` reply before anything is sent to it. */
  static async open<To, From extends Reply>(
    worker: Worker,
    signal: AbortSignal,
  ): Promise<WorkerChannel<To, From>> {
    const channel = new WorkerChannel<To, From>(worker);
    try {
      await channel.next(signal);
    } catch (error) {
      channel.close();
      throw error;
    }
    return channel;
  }

  request(message: To, signal: AbortSignal): Promise<From> {
    const reply = this.next(signal);
    this.worker.postMessage(message);
    return reply;
  }

  close(): void {
    this.worker.terminate();
    this.pending?.reject(new Error("The worker was closed."));
    this.pending = null;
  }

  private next(signal: AbortSignal): Promise<From> {
    if (this.pending) throw new Error("One request at a time: the last one is still running.");
    signal.throwIfAborted();
    return new Promise<From>((resolve, reject) => {
      const onAbort = () => {
        this.pending = null;
        this.worker.terminate();
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      const done = () => signal.removeEventListener("abort", onAbort);
      this.pending = {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (reason) => {
          done();
          reject(reason);
        },
      };
    });
  }
}
