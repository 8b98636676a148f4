import type { KernelTask } from "../../workers/pool/host/task";

/**
 * The wire format between the modelled Python interpreter (workers/gil/host/interpreter.ts) and
 * its thread workers (gil-worker.ts): one message to start a thread's program, one back when it
 * ends. Times in a report are the worker's own `performance.now()`; `ready` carries its
 * `timeOrigin` so the page can put them on its clock.
 */

/**
 * The kernels a `compute` step can run, each `(n, checkpoint) => number`: the n-th prime search,
 * or the I/O-bound job's record transform (which finds one too, in its own file).
 */
export type ThreadKernel = "nthPrime" | "etlTransform";

/** One statement of a modelled Python thread's program. */
export type Step =
  /** CPU-bound work in Python: find the n-th prime (the GIL is held, checked per candidate). */
  | { do: "compute"; n: number }
  /** Blocking I/O, such as a read: the GIL is released for the whole wait. */
  | { do: "io"; ms: number }
  /** Find the n-th prime again and again until some thread runs `signalDone`. */
  | { do: "computeUntilDone"; n: number }
  /** Set the shared "done" event (Python's `threading.Event.set()`). */
  | { do: "signalDone" };

/**
 * How the interpreter runs its threads: CPython's GIL (3.2 and later), or none at all, as in
 * the free-threaded build (PEP 703, `python3.13t`).
 */
export type LockMode = "gil" | "free-threaded";

/** What a thread is doing during a span of time. */
export type SpanKind = "running" | "waiting for the GIL" | "in I/O";

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
}

/** What one thread did during a run. */
export interface ThreadReport {
  spans: Span[];
  /** What each `compute` step returned, in order. */
  results: number[];
  /**
   * For each `io` step: from the moment its wait was due to end until the thread ran Python
   * again, in ms. The wake-up and any wait for the GIL, the delay a reply would see.
   */
  ioLatencies: number[];
}

/** Page → thread worker: run this program as thread `thread` of the interpreter. */
export interface RunThread {
  type: "run";
  runId: number;
  /** The interpreter's shared control block (see common/gil/layout.ts). */
  cells: Int32Array;
  thread: number;
  mode: LockMode;
  /** `sys.setswitchinterval`, in ms. */
  switchIntervalMs: number;
  program: Step[];
  /**
   * The CPU-bound function the `compute` steps run: a built-in kernel, or the reader's edited
   * file of it, which the worker compiles (once) before the thread starts.
   */
  compute: KernelTask<ThreadKernel>;
}

export type ToGilWorker = RunThread;

export type FromGilWorker =
  | { type: "ready"; timeOrigin: number }
  | { type: "done"; runId: number; report: ThreadReport }
  /** The thread raised; `line` is where in the reader's edited code, when it came from there. */
  | { type: "failed"; runId: number; message: string; stack: string; line: number | null }
  /** The reader's edited code did not compile; 1-based line and column when known. */
  | {
      type: "compile-failed";
      runId: number;
      message: string;
      line: number | null;
      column: number | null;
    };
