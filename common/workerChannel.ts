import { WorkerEndedError } from "./errors";
import { decodeFailure, type Failure, type FailureContext, type Ready } from "./wire";
import { whenWorkerEnds } from "./workerLife";

/** A worker's reply to a request: anything it sends but `ready` and a failure. */
export type Answer<From> = Exclude<From, Ready | Failure>;

interface Pending<From> {
  resolve(reply: Answer<From>): void;
  reject(reason: unknown): void;
  /** Sees each message first; true when it was an update on the way, not the reply. */
  isUpdate(message: Answer<From>): boolean;
}

/**
 * The page's side of a dedicated worker, spoken to one request at a time: each request resolves
 * with the worker's next reply. A failure (see `decodeFailure`), a worker that cannot load, dies
 * or ends itself (when its `ready` names a life lock, `common/workerLife.ts`), or the signal
 * reject the request; aborting also ends the worker, so a long pass, a
 * blocked thread or `while (true) {}` stops at once.
 *
 * @example
 * const channel = await WorkerChannel.open<ToPolyWorker, FromPolyWorker>(worker, { signal });
 * const reply = await channel.request({ type: "run", variant: "js-loop", length }, signal);
 * channel.close();
 */
export class WorkerChannel<To, From extends { type: string }> {
  /** Worker clock → page clock: add this to a time the worker measured. */
  clockOffset = 0;
  private pending: Pending<From> | null = null;
  private closed = false;

  private constructor(
    private readonly worker: Worker,
    context: FailureContext,
  ) {
    worker.onmessage = ({ data }: MessageEvent<From | Ready | Failure>) => {
      const pending = this.pending;
      if (!pending) return;
      if (data.type === "ready") {
        const { timeOrigin, lifeLock } = data as Ready;
        this.clockOffset = timeOrigin - performance.timeOrigin;
        if (lifeLock !== undefined) this.watchLife(lifeLock, context);
      }
      const failure = decodeFailure(data, context);
      if (!failure && pending.isUpdate(data as Answer<From>)) return;
      this.pending = null;
      if (failure) pending.reject(failure);
      else pending.resolve(data as Answer<From>);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const crash = decodeFailure({ type: "crashed", message: event.message }, context);
      this.close(crash);
    };
  }

  /** A worker that ends itself (`self.close()`) fails the request under way, as a crash. */
  private watchLife(lifeLock: string, { workerName = "worker" }: FailureContext): void {
    whenWorkerEnds(lifeLock, () => {
      if (!this.closed) this.close(new WorkerEndedError(workerName));
    });
  }

  /** Waits for the worker's `ready` before anything is sent to it. */
  static async open<To, From extends { type: string }>(
    worker: Worker,
    { signal, ...context }: { signal?: AbortSignal } & FailureContext = {},
  ): Promise<WorkerChannel<To, From>> {
    const channel = new WorkerChannel<To, From>(worker, context);
    try {
      await channel.next(signal);
    } catch (error) {
      channel.close();
      throw error;
    }
    return channel;
  }

  /** False once the worker was closed, aborted or died: a new one must be opened. */
  get isOpen(): boolean {
    return !this.closed;
  }

  /** `isUpdate` sees each message before the reply, for a worker that reports on the way. */
  request(
    message: To,
    signal?: AbortSignal,
    isUpdate: (message: Answer<From>) => boolean = () => false,
  ): Promise<Answer<From>> {
    const reply = this.next(signal, isUpdate);
    this.worker.postMessage(message);
    return reply;
  }

  /** Ends the worker at once; the request under way rejects with `reason`. */
  close(reason: unknown = new Error("The worker was closed.")): void {
    this.closed = true;
    this.worker.terminate();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(reason);
  }

  private next(
    signal: AbortSignal | undefined,
    isUpdate: (message: Answer<From>) => boolean = () => false,
  ): Promise<Answer<From>> {
    if (this.pending) throw new Error("One request at a time: the last one is still running.");
    return new Promise<Answer<From>>((resolve, reject) => {
      if (this.closed) return reject(new Error("The worker was closed."));
      if (signal?.aborted) {
        this.close();
        return reject(signal.reason);
      }
      const onAbort = () => this.close(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = () => signal?.removeEventListener("abort", onAbort);
      this.pending = {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (reason) => {
          done();
          reject(reason);
        },
        isUpdate,
      };
    });
  }
}
