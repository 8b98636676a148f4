/**
 * The whole wire format between a scratch cell (the page) and its kernel worker, which runs the
 * reader's free JavaScript as Jupyter's kernel runs a notebook's Python. One run at a time; every
 * message about a run carries its `runId`, so nothing from an earlier run is mistaken for this one.
 */

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

/** Why a run ended without a value, in categories the cell explains in a student's words. */
export type KernelFault =
  /** The code does not parse. Line and column are 1-based, in the reader's code. */
  | { kind: "syntax"; message: string; line: number | null; column: number | null }
  /** The code threw, or a promise it awaited rejected. `line` is in the reader's code. */
  | { kind: "runtime"; name: string; message: string; line: number | null }
  /** The returned value (or plot options) cannot travel back to the page by structured clone. */
  | { kind: "uncloneable"; what: string; path: string }
  /** An allocation failed (RangeError), or the kernel worker died mid-run. */
  | { kind: "memory"; message: string }
  /** The kernel worker's script could not be loaded. */
  | { kind: "load"; message: string };

/** Kernel → page. */
export type FromKernel =
  /** The worker has loaded and takes runs. */
  | { type: "ready" }
  /** Lines the code wrote with `console.*`, sent in batches so a chatty loop cannot flood the page. */
  | { type: "output"; runId: number; lines: OutputLine[]; dropped: number }
  | { type: "returned"; runId: number; display: Display }
  | { type: "failed"; runId: number; fault: KernelFault };

export interface OutputLine {
  level: "log" | "info" | "warn" | "error";
  text: string;
}
