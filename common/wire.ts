import type { Range } from "./chunks";
import { CompileError, TaskError, WorkerCrashedError } from "./errors";

/**
 * Every message between a thread and the workers it starts: plain objects, one union per
 * direction and kind of worker. Every worker says `ready` once and reports a failure as one of
 * `Failure`; the page turns a failure into an error with `decodeFailure`, whichever worker sent
 * it. Times are each worker's own `performance.now()`, in ms; `ready` carries its `timeOrigin`
 * so the page can put them on its own clock.
 */

// ─── The envelope every worker speaks ──────────────────────────────────────────────────────

/**
 * The worker's script has loaded and it takes work. `lifeLock` names the lock it holds while it
 * lives (see `common/workerLife.ts`), for a worker that runs code which may end it.
 */
export type Ready = { type: "ready"; timeOrigin: number; lifeLock?: string };

/** Why a request failed. */
export type Failure =
  /** Code did not compile; 1-based line and column in it, when known. */
  | { type: "compile-failed"; message: string; line: number | null; column: number | null }
  /** Code threw. `line` is the reader's line it was thrown from; null when from elsewhere. */
  | { type: "threw"; name: string; message: string; stack: string; line: number | null }
  /** Structured clone refused a result (its DataCloneError's message): at `path`, `what`. */
  | { type: "uncloneable"; message: string; path: string; what: string }
  /** The worker died, or could not load: made by the page when the worker's error event fires. */
  | { type: "crashed"; message: string }
  /** The worker's own code failed, not the reader's: the message is the whole story. */
  | { type: "failed"; message: string };

/**
 * A thrown value as a worker sends it: a CompileError with its line and column, anything else as
 * a throw, with the line of the reader's code it came from when it did.
 */
export function encodeFailure(error: unknown): Failure {
  if (error instanceof CompileError) {
    const { compilerMessage: message, line, column } = error;
    return { type: "compile-failed", message, line, column };
  }
  const { name, message, stack = "" } = error instanceof Error ? error : new Error(String(error));
  // Workers evaluate the reader's code, so its frames read `(eval at …, <anonymous>:L:C)`.
  const frame = /\(eval at [^)]*\), <anonymous>:(\d+):\d+\)/.exec(stack);
  return { type: "threw", name, message, stack, line: frame ? Number(frame[1]) : null };
}

/** Who failed: the task's index when a worker runs tasks, and what the worker is to a reader. */
export interface FailureContext {
  /** A pool's task, or a GIL thread (thread i plays task i). */
  task?: number;
  /** "worker" unless said otherwise: "A thread worker stopped: …". */
  workerName?: string;
}

/**
 * The error a reply stands for, or null when it is no failure. A throw is a TaskError (the
 * editor marks its line) when it is a task's, or came from a line of the reader's code in a
 * worker that runs its own code beside it; otherwise the worker's own code failed.
 */
export function decodeFailure(reply: Failure, context?: FailureContext): Error;
export function decodeFailure(reply: { type: string }, context?: FailureContext): Error | null;
export function decodeFailure(
  reply: { type: string },
  { task, workerName = "worker" }: FailureContext = {},
): Error | null {
  const failure = reply as Failure;
  switch (failure.type) {
    case "compile-failed":
      return new CompileError(failure.message, failure.line, failure.column);
    case "threw": {
      const { name, message, stack, line } = failure;
      if (task === undefined && line === null) return new Error(`${name}: ${message}`);
      return new TaskError(task ?? 0, message, stack, line);
    }
    case "uncloneable": {
      const cause = `its result cannot be sent back (${failure.message})`;
      return new TaskError(task ?? 0, cause, `DataCloneError: ${failure.message}`);
    }
    case "crashed":
      return new WorkerCrashedError(workerName, failure.message);
    case "failed":
      return new Error(failure.message);
    default:
      return null;
  }
}

// ─── The pool (workers/pool): one round trip per chunk ──────────────────────────────────────

/**
 * Page → pool worker, before the first chunk of a task it gets: the task, and the number later
 * chunks name it by (`RunChunk`'s task, the shared mailbox's `TASK`), as Python's pool pickles a
 * function by name rather than by its code. A built-in kernel by name, or source text, compiled
 * once. Sent once per task and worker.
 */
export type DefineTask =
  | { type: "define"; taskId: number; kernel: string }
  | {
      type: "define";
      taskId: number;
      source: string;
      /** Set when `source` is a kernel's file (types stripped): run its export of this name. */
      entry?: string;
    };

/**
 * Page → pool worker, once, when the pool dispatches through shared memory: the worker's mailbox
 * (common/poolMailbox.ts). From then on the worker waits on it between chunks.
 */
export type ShareMailbox = { type: "share"; buffer: SharedArrayBuffer };

/** What a chunk asks for besides its results, as bits of `RunChunk`'s flags. */
export const ChunkFlags = {
  /** Send back when the chunk started and finished (for a timeline). */
  timed: 1,
  /** Move result buffers back instead of copying them. */
  transferResults: 2,
} as const;

/**
 * Page → pool worker: run a defined task on each item of a chunk, in order. One flat array:
 * structured clone pays for every object and array it copies, and this is the per-task hot path.
 */
export type RunChunk = [chunkId: number, taskId: number, flags: number, ...items: unknown[]];

/** Where a `RunChunk`'s items begin. */
export const CHUNK_ITEMS_AT = 3;

/** A value structured clone copies without building an object: what `RunOne` and `OneDone` carry. */
export type Primitive = number | string | boolean | bigint | null | undefined;

export function isPrimitive(value: unknown): value is Primitive {
  const type = typeof value;
  return value === null || (type !== "object" && type !== "function" && type !== "symbol");
}

/**
 * Page → pool worker, on the message path: a chunk of one primitive item, of the same task and
 * flags as the chunk sent before it, sent as the bare value; its id is that chunk's plus one.
 * Structured clone costs more for any array than for a primitive (measured in Chromium: about
 * 8 µs each way, on a 75 µs round trip), and one primitive argument is `apply`'s common case.
 */
export type RunOne = Primitive;

/**
 * Pool worker → page: a chunk's results, in order, after its id, and for a timed chunk after
 * its start and end too (`[chunkId, startedAt, finishedAt, ...results]`). Flat, as `RunChunk`.
 */
export type ChunkDone = [chunkId: number, ...rest: unknown[]];

/** Where a `ChunkDone`'s results begin, timed or not. */
export const resultsAt = (timed: boolean): number => (timed ? 3 : 1);

/**
 * Pool worker → page: the one result, a primitive, of an untimed chunk that came by message and
 * was the oldest the worker had not answered, sent bare (see `RunOne`). Every chunk sent before
 * it was answered first, so on the page it answers the oldest chunk still out.
 */
export type OneDone = Primitive;

interface ChunkTimes {
  chunkId: number;
  startedAt: number;
  finishedAt: number;
}

type MaybeTimes = ChunkTimes | { chunkId: number; startedAt?: never; finishedAt?: never };

export type FromPoolWorker =
  | Ready
  | ChunkDone
  | OneDone
  /** Item `index` of the chunk threw or its result could not be sent back, or none compiled. */
  | (Failure & { index: number } & MaybeTimes);

// ─── A modelled Python thread (workers/gil) ────────────────────────────────────────────────

/** The kernels a `compute` step can run, each `(n, checkpoint) => number`. */
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

/** CPython's GIL (3.2 and later), or none, as in the free-threaded build (PEP 703). */
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
  /** The interpreter's shared control block (see common/gil/layout.ts). */
  cells: Int32Array;
  thread: number;
  mode: LockMode;
  /** `sys.setswitchinterval`, in ms. */
  switchIntervalMs: number;
  program: Step[];
  /** What `compute` steps run: a built-in kernel, or the reader's file of it (compiled once). */
  compute: ThreadKernel | { source: string; entry: ThreadKernel };
}

export type FromGilWorker = Ready | { type: "done"; report: ThreadReport } | Failure;

// ─── The scratch cell's kernel (workers/scratch): the reader's free JavaScript ─────────────

/** Page → kernel: run this code as the body of an async function. */
export type ToKernel = { type: "run"; runId: number; code: string };

/** What a run gave back, already shaped for the page: the page never sees the raw value. */
export type Display =
  /** The code returned nothing (`undefined`). */
  | { kind: "none" }
  /** `plot(options)`: Plot's options, with each mark a recorded call. */
  | { kind: "plot"; spec: PlotSpec }
  /** An array of plain objects: one row per object, one column per key. */
  | {
      kind: "table";
      columns: string[];
      rows: string[][];
      /** How many rows the array had; more than `rows.length` when truncated. */
      totalRows: number;
      /** Columns left out because there were too many. */
      hiddenColumns: number;
    }
  /** Anything else, pretty-printed with a depth and a length limit. */
  | { kind: "value"; text: string; truncated: boolean };

/**
 * A call such as `Plot.lineY(data, options)` recorded in the kernel and made on the page: Plot's
 * own mark objects hold functions and Plot draws into a DOM, and a worker has neither to give.
 */
export interface MarkSpec {
  mark: string;
  args: unknown[];
}

/** Observable Plot's top-level options, with `marks` as descriptions. */
export type PlotSpec = Record<string, unknown> & { marks: MarkSpec[] };

export interface OutputLine {
  level: "log" | "info" | "warn" | "error";
  text: string;
}

/**
 * Kernel → page, each about run `runId`, so nothing from an earlier run is mistaken for this one.
 * Code that fails is a run that ended (as Jupyter's execute_reply says "error"), not a failed
 * request: its failure comes back as the run's outcome.
 */
export type FromKernel =
  | Ready
  /** Lines the code wrote with `console.*`, in batches so a chatty loop cannot flood the page. */
  | { type: "output"; runId: number; lines: OutputLine[]; dropped: number }
  | { type: "returned"; runId: number; display: Display }
  | { type: "raised"; runId: number; failure: Failure };

// ─── The GPU worker (workers/gpu): it owns the WebGPU device ───────────────────────────────

/** WGSL source text and the file name its compile errors are reported under (file:line:col). */
export interface ShaderSource {
  name: string;
  code: string;
}

export interface GpuDeviceInfo {
  /** A software adapter (SwiftShader, llvmpipe): its numbers say nothing about a real GPU. */
  emulated: boolean;
  /** Whether compute passes are timed by the GPU's own timestamps. */
  timestamps: boolean;
  /** The largest storage buffer the device allows, in bytes. */
  maxBufferBytes: number;
  /** 1 for the worker's first device, 2 after a lost one was replaced, and so on. */
  generation: number;
}

/** f(x) = x + x² + x³ elementwise (poly.wgsl), or the sum of all the floats (reduce-sum.wgsl). */
export type GpuKernel = "poly" | "reduce";

/** One GPU pass, each phase timed apart. */
export interface GpuPassTimes {
  /** writeBuffer until the queue has the data (onSubmittedWorkDone). */
  uploadMs: number;
  /** How long the `submit()` call itself took: what a timer around it alone would report. */
  submitMs: number;
  /** From submit until the queue says the work is done. */
  computeMs: number;
  /** The pass as the GPU's own timestamps measured it; absent without `timestamp-query`. */
  gpuComputeMs?: number;
  /** Copying the output to a mappable buffer and mapping it. */
  readbackMs: number;
}

/** How a pass's output compares with the same work done in JavaScript, in doubles. */
export type PassCheck =
  /** poly: the largest relative error over every 997th float, and their strided checksum. */
  | { kernel: "poly"; maxRelativeError: number; checksum: number }
  /** reduce: the pass's sum and the float64 sum of the same floats. */
  | { kernel: "reduce"; sum: number; exactSum: number };

export type ToGpuWorker =
  /**
   * Requests the device if the worker has none (or its last was lost), builds the kernel's
   * pipelines (one per workgroup size; the reduction has one) and buffers for up to `maxFloats`,
   * and makes `maxFloats` seeded inputs. The size is checked against the device's limits first.
   */
  | {
      type: "prepare";
      kernel: GpuKernel;
      shader: ShaderSource;
      maxFloats: number;
      seed: number;
      workgroupSizes: number[];
    }
  /** One timed pass over the first `length` inputs, on the GPU or as a JS loop in the worker. */
  | { type: "run"; kernel: GpuKernel; on: "gpu" | "cpu"; length: number; workgroupSize: number }
  /** Seeded n×n matrices A and B, uploaded once, and the tiled multiply's pipeline. */
  | { type: "prepare-matmul"; shader: ShaderSource; n: number; seed: number }
  /** One C = A·B of the uploaded matrices, timed from submit until the GPU is done. */
  | { type: "multiply" }
  /** Test only (e2e/lessons/gpu-faults.spec.ts): `device.destroy()`, as a driver reset would. */
  | { type: "lose-device" };

/** Why the GPU refused work, each a message the cell shows as it is. */
export type GpuRefusal =
  /** No navigator.gpu or no adapter in this browser. */
  | "unavailable"
  /** The shader did not compile: the message has file:line:col per error. */
  | "compile"
  /** The device was lost during the request; the next prepare gets a new one. */
  | "device-lost"
  /** The buffers would exceed the device's limits; nothing was allocated. */
  | "too-large"
  /** A loop of the shader ran past the page's bound on steps (workers/gpu/loopGuard.ts). */
  | "loop-limit";

export type FromGpuWorker =
  | Ready
  | { type: "prepared"; device: GpuDeviceInfo }
  | {
      type: "ran";
      /** The whole pass: for the GPU upload, compute and readback; for the CPU the loop. */
      totalMs: number;
      /** The GPU's phases; absent for a CPU pass. */
      phases?: GpuPassTimes;
      check: PassCheck;
    }
  | {
      type: "multiplied";
      computeMs: number;
      /** The largest relative error of 64 sampled entries of C against JS, read after the clock. */
      maxRelativeError: number;
    }
  | { type: "device-destroyed" }
  | { type: "refused"; reason: GpuRefusal; message: string }
  | Failure;

// ─── Vectorization (workers/vectorize): f(x) = x + x² + x³ and matrix multiply ─────────────

/** Each way of producing the output array, plus a plain copy: the memory-bandwidth ceiling. */
export type PolyVariant = "copy" | "js-each" | "js-loop" | "wasm-scalar" | "wasm-simd";

export type ToPolyWorker =
  /**
   * Seeded inputs of `length` floats, in JavaScript and in WebAssembly memory. With `jsKernels`,
   * the reader's edited workers/kernels/poly.ts, the JavaScript ways run its `polyEach` and
   * `polyLoop`; the WebAssembly was compiled when the site was built.
   */
  | { type: "prepare"; length: number; seed: number; jsKernels: string | null }
  /** One pass over the first `length` floats. */
  | { type: "run"; variant: PolyVariant; length: number };

/** A timed pass of the poly or matmul worker. */
type Ran = {
  type: "ran";
  checksum: number;
  kernelMs: number;
  /** The JavaScript way only, read after the clock: how far its output lies from doubles. */
  maxRelativeError?: number;
};

export type FromPolyWorker = Ready | { type: "prepared" } | Ran | Failure;

/** Times first calls in a worker started fresh for every trial (first-call-worker.ts). */
export type ToFirstCallWorker = {
  type: "measure";
  length: number;
  seed: number;
  calls: number;
  /** The reader's edited workers/kernels/poly.ts, whose `polyLoop` is timed; null: the built-in. */
  jsKernels: string | null;
};

export type FromFirstCallWorker =
  | Ready
  | {
      type: "measured";
      /** The JavaScript loop's calls in order: the first, then the warm ones. */
      jsMs: number[];
      /** `WebAssembly.compile` of the module's bytes (fetched before the clock). */
      compileMs: number;
      instantiateMs: number;
      /** The WebAssembly SIMD kernel's calls in order, as for `jsMs`. */
      wasmMs: number[];
      /** The JavaScript loop's output against f in doubles, read after its last call. */
      jsMaxRelativeError: number;
    }
  | Failure;

/** The JS reference loop, the WebAssembly i-j-k loop, and the tiled f32x4 one. */
export type MatmulVariant = "js" | "naive" | "blocked-simd";

export type ToMatmulWorker =
  /**
   * Room for matrices up to maxN × maxN, in JavaScript and WebAssembly memory. With `jsKernel`,
   * the reader's edited workers/kernels/matmul.ts, the JS way runs its `matmulReference`.
   */
  | { type: "prepare"; maxN: number; seed: number; jsKernel: string | null }
  /** One product C = A·B of seeded n×n matrices. */
  | { type: "run"; variant: MatmulVariant; n: number };

export type FromMatmulWorker = Ready | { type: "prepared" } | Ran | Failure;

// ─── The type stripper (workers/strip): the reader's kernel file, once per run ─────────────

export type ToStripWorker = { source: string };

/** The file's JavaScript, lines kept; or its compile error, at its line in the reader's file. */
export type FromStripWorker = Ready | { type: "stripped"; code: string } | Failure;

// ─── The nested-parallelism helper (workers/helper), started by a pool worker's task ────────

/** Task → helper: count the primes in this range. */
export type ToHelper = { type: "count" } & Range;

export type FromHelper = { type: "counted"; primes: number };

// ─── CPython (workers/python): a program and the processes it starts ────────────────────────

/** A Python script as the reader sees it: its file name shows in tracebacks. */
export interface PythonScript {
  fileName: string;
  code: string;
}

/** The shared memory of one program: the process table, and each pipe, lock or value by id. */
export interface PythonSharedMemory {
  processTable: SharedArrayBuffer;
  objects: Record<string, SharedArrayBuffer>;
}

export type ToPythonWorker =
  /**
   * Load the interpreter from `indexURL` (the Pyodide files on this origin): from `snapshot`, a
   * memory image of an interpreter booted earlier, when there is one (much faster); or plainly,
   * making a snapshot for the next ones when `snapshot` is "make". The image (31 MB) travels as a
   * Blob, a handle the worker reads itself: the page's thread never copies its bytes.
   */
  | { type: "boot"; indexURL: string; cpuCount: number; snapshot: Blob | "make" | null }
  /**
   * Run the program as `__main__`. `interrupt` is Pyodide's interrupt buffer (Stop writes 2,
   * SIGINT); both are null where the page is not cross-origin isolated.
   */
  | {
      type: "run-main";
      script: PythonScript;
      shared: PythonSharedMemory | null;
      interrupt: SharedArrayBuffer | null;
    }
  /** Be process `pid`: import the script as `__mp_main__`, then run the pickled process object. */
  | {
      type: "run-child";
      pid: number;
      script: PythonScript;
      shared: PythonSharedMemory;
      payload: Uint8Array;
    };

export type FromPythonWorker =
  | Ready
  /**
   * The interpreter is up; `ms` since the worker's script started. `snapshot` when it was asked
   * to make one (a Blob, as for `boot`); `version`, Pyodide's, which a kept snapshot is valid for.
   */
  | { type: "booted"; ms: number; snapshot: Blob | null; version: string }
  | { type: "output"; stream: "stdout" | "stderr"; text: string }
  /** Start process `pid` from `payload` (its pickled process object), with these objects. */
  | { type: "spawn"; pid: number; payload: Uint8Array; objects: Record<string, SharedArrayBuffer> }
  /** End process `pid` now (`Process.terminate`, `Pool.terminate`). */
  | { type: "terminate"; pid: number }
  /**
   * The program or process ended. `line` is the script's line of the innermost frame of an
   * uncaught exception, when it came from the script.
   */
  | { type: "exited"; exitCode: number; line: number | null }
  | Failure;
