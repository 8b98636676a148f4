/**
 * The errors a worker's failure becomes on the page (see `decodeFailure` in ./wire.ts), and the
 * pool's own refusals. CompileError is also what the worker-side compilers throw, so a compile
 * error has one name on both sides of the wire.
 */

/** A task threw inside a worker. `index` is the task's position in the call's input. */
export class TaskError extends Error {
  override name = "TaskError";
  constructor(
    readonly index: number,
    readonly taskMessage: string,
    readonly workerStack: string,
    /** 1-based line in the task's source text, where the error came from it. */
    readonly line: number | null = null,
  ) {
    const where = line === null ? "" : ` (line ${line})`;
    const hint = explainTaskFailure(taskMessage);
    super(`Task ${index} failed: ${taskMessage}${where}${hint ? `. ${hint}` : ""}`);
  }
}

/** The browser's terse messages for the failures students meet most, and their Python twins. */
const EXPLANATIONS: [RegExp, string][] = [
  [
    /Array buffer allocation failed|Out of memory/i,
    "The task ran out of memory: the browser could not find room for the array it asked for (in Python, MemoryError).",
  ],
  [
    /Invalid (typed )?array( buffer)? length/i,
    "The task asked for an array larger than JavaScript allows.",
  ],
  [
    /result cannot be sent back .*could not be cloned/i,
    "Its result cannot be copied back to the page: structured clone refuses every function. Python's pickle refuses a lambda or a local function on the way back too, and Pool.map raises MaybeEncodingError (“Error sending result”) with the pickling error as its reason.",
  ],
  [
    /Maximum call stack size exceeded/i,
    "The task called itself too deeply, most likely without end (in Python, RecursionError).",
  ],
];

/** A sentence a student understands for a task's error message, or null when none is needed. */
export function explainTaskFailure(message: string): string | null {
  return EXPLANATIONS.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * Code did not compile: a task's source, the reader's edited kernel file, a scratch cell, a
 * shader. Line and column are 1-based, in that code.
 */
export class CompileError extends Error {
  override name = "CompileError";
  constructor(
    readonly compilerMessage: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(
      line === null
        ? `The task's code does not compile: ${compilerMessage}`
        : `The task's code does not compile: ${compilerMessage} (line ${line}, column ${column})`,
    );
  }
}

/** A chunk ran past its time limit; its worker was replaced. */
export class TaskTimeoutError extends Error {
  override name = "TaskTimeoutError";
  constructor(
    readonly firstIndex: number,
    readonly count: number,
    readonly limitMs: number,
  ) {
    super(
      count === 1
        ? `Task ${firstIndex} ran longer than ${limitMs} ms and was stopped.`
        : `Tasks ${firstIndex}–${firstIndex + count - 1} ran longer than ${limitMs} ms and were stopped.`,
    );
  }
}

/**
 * Something in a call could not be copied into a message: the browser's `DataCloneError`,
 * which plays the part of Python's `PicklingError`. The browser's own error is kept, so a
 * lesson can show it as it was.
 */
export class NotCloneableError extends Error {
  override name = "NotCloneableError";
  constructor(
    what: string,
    readonly browserError: Error,
  ) {
    super(
      `${what} cannot be sent to a worker: ${browserError.message} Functions, closures, DOM nodes and class instances with methods do not survive structured clone, just as Python's pickle refuses lambdas and local functions. Send the function's source text or a kernel's name instead.`,
    );
  }
}

/**
 * A dedicated worker stopped: its script could not be loaded, or it died (V8 gives up on a full
 * heap and reports only this). `browserMessage` is the browser's word for it, often empty.
 */
export class WorkerCrashedError extends Error {
  override name = "WorkerCrashedError";
  /** What went wrong, as far as the page can tell. */
  readonly reason: string;
  constructor(
    /** What the worker is to a reader: "worker", "thread worker"… */
    worker: string,
    readonly browserMessage: string,
  ) {
    const reason =
      browserMessage || "its script could not be loaded (a missing file or a network error)";
    super(`A ${worker} stopped: ${reason}`);
    this.reason = reason;
  }
}

/** A worker ended itself (`self.close()`) before it answered: a crash, as far as its run goes. */
export class WorkerEndedError extends WorkerCrashedError {
  override name = "WorkerEndedError";
  constructor(worker: string) {
    super(worker, "it ended itself before answering (code that calls self.close() does this)");
  }
}
