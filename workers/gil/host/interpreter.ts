import { canShareMemory, noSharedMemoryReason } from "../../../common/capabilities";
import {
  createControlBlock,
  DROP_REQUESTS,
  HANDOFFS,
  resetControlBlock,
} from "../../../common/gil/layout";
import type {
  FromGilWorker,
  LockMode,
  RunThread,
  Span,
  Step,
  ThreadKernel,
} from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";
import type { KernelTask } from "../../pool/host/task";

/** One thread of the interpreter: a worker that runs one program at a time. */
type ThreadWorker = WorkerChannel<RunThread, FromGilWorker>;

export interface InterpreterRunOptions {
  mode: LockMode;
  /** `sys.setswitchinterval`, in ms; CPython's default is 5 ms. */
  switchIntervalMs: number;
  /** One program per thread; thread i runs on worker i. */
  programs: readonly (readonly Step[])[];
  /** What `compute` steps run: the n-th prime search by default, another kernel, or an edit. */
  compute?: KernelTask<ThreadKernel>;
  signal?: AbortSignal;
}

/** What one thread did in a run, on the page's clock (`performance.now()`, ms). */
export interface ThreadRun {
  thread: number;
  spans: Span[];
  results: number[];
  ioLatencies: number[];
}

export interface InterpreterRun {
  /** When the threads were started, on the page's clock. */
  began: number;
  threads: ThreadRun[];
  /** How often the GIL passed from one thread to another. */
  handoffs: number;
  /** How often a waiting thread asked the holder to drop the GIL. */
  dropRequests: number;
}

/** Why the thread modes cannot run here, in words a student understands; null if they can. */
export function interpreterUnavailableReason(): string | null {
  if (canShareMemory()) return null;
  return `The modelled Python threads share one lock in shared memory, so the thread runs were skipped. ${noSharedMemoryReason(globalThis.crossOriginIsolated === true)}`;
}

/**
 * A modelled Python interpreter: up to `size` threads, each a real worker running real
 * JavaScript, that share one control block where the GIL lives (see `Gil`). The workers start
 * once, as a Python process's threads are cheap to start; each `run` starts the threads on
 * their programs, like `Thread.start()`, and resolves when every thread has ended, like `join()`.
 *
 * @example
 * const python = await Interpreter.start(4);
 * const run = await python.run({ mode: "gil", switchIntervalMs: 5, programs: [[{ do: "compute", n: 1e4 }]] });
 * python.terminate();
 */
export class Interpreter {
  private readonly cells: Int32Array;
  private terminated = false;

  private constructor(private readonly workers: readonly ThreadWorker[]) {
    this.cells = createControlBlock(workers.length);
  }

  /** Starts `size` thread workers and waits until all have loaded. */
  static async start(size: number): Promise<Interpreter> {
    const reason = interpreterUnavailableReason();
    if (reason) throw new Error(reason);
    const opened = await Promise.allSettled(
      Array.from({ length: size }, (_, thread) => {
        const worker = new Worker(new URL("../gil-worker.ts", import.meta.url), {
          type: "module",
          name: `corelab Python thread ${thread + 1}`,
        });
        // Thread i plays the part of task i: its error names it, and the line it came from.
        return WorkerChannel.open<RunThread, FromGilWorker>(worker, {
          task: thread,
          workerName: "thread worker",
        });
      }),
    );
    const workers = opened.flatMap((result) =>
      result.status === "fulfilled" ? [result.value] : [],
    );
    const failed = opened.find((result): result is PromiseRejectedResult => "reason" in result);
    if (failed) {
      for (const worker of workers) worker.close();
      throw failed.reason;
    }
    return new Interpreter(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  async run({
    mode,
    switchIntervalMs,
    programs,
    compute = "nthPrime",
    signal,
  }: InterpreterRunOptions): Promise<InterpreterRun> {
    if (this.terminated) throw new Error("This interpreter was terminated.");
    if (programs.length > this.workers.length) {
      throw new RangeError(
        `This interpreter has ${this.workers.length} threads, not ${programs.length}.`,
      );
    }
    signal?.throwIfAborted();
    // A thread blocked in Atomics.wait cannot hear a message: stopping means terminating.
    const stop = () => this.terminate(signal?.reason);
    signal?.addEventListener("abort", stop, { once: true });
    try {
      resetControlBlock(this.cells);
      const began = performance.now();
      const replies = await Promise.all(
        programs.map((program, thread) =>
          (this.workers[thread] as ThreadWorker).request({
            type: "run",
            cells: this.cells,
            thread,
            mode,
            switchIntervalMs,
            program: [...program],
            compute,
          }),
        ),
      );
      const threads = replies.map(({ report }, thread) => {
        const offset = (this.workers[thread] as ThreadWorker).clockOffset;
        return {
          thread,
          spans: report.spans.map((span) => ({
            ...span,
            start: span.start + offset,
            end: span.end + offset,
          })),
          results: report.results,
          ioLatencies: report.ioLatencies,
        };
      });
      return {
        began,
        threads,
        handoffs: Atomics.load(this.cells, HANDOFFS),
        dropRequests: Atomics.load(this.cells, DROP_REQUESTS),
      };
    } finally {
      signal?.removeEventListener("abort", stop);
    }
  }

  /** Stops every thread worker at once; a run in progress rejects. */
  terminate(reason: unknown = new Error("The interpreter was terminated.")): void {
    this.terminated = true;
    const error = reason instanceof Error ? reason : new Error(String(reason));
    for (const worker of this.workers) worker.close(error);
  }
}
