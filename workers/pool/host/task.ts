import { CompileError, TaskError } from "../../../common/errors";
import { parseShaderErrors } from "../../../common/gpu/compile";
import { GpuRefusedError } from "../../../common/gpu/refused";
import type { KernelName } from "../../kernels";
import type { EditedKernel } from "./call";

/**
 * The task code a reader may edit in an experiment cell: one file among the experiment's
 * `sources`. For a kernel file the pool runs the reader's version of it (`ctx.task`); the
 * original stays a built-in kernel. Any other file (a WGSL shader) has no `kernels`: the
 * experiment hands `ctx.editedCode` to the worker that runs it.
 *
 * @example
 * task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"], pageSeries: ["main thread"] }
 * task: { source: "workers/shaders/poly.wgsl" } // run reads ctx.editedCode, sends it to the GPU worker
 */
export interface EditableTask {
  /** The `name` of the source that holds the kernels; the reader edits that file in place. */
  source: string;
  /**
   * The kernels of that file the experiment runs: each one the file exports under that name.
   * Absent when the file is not a pool kernel file (a shader the experiment sends itself).
   */
  kernels?: readonly KernelName[];
  /**
   * Series that call the kernel on the page's own thread. Edited code never runs there, so a run
   * with edits leaves these out (the experiment checks `ctx.edited`) and the cell says so.
   */
  pageSeries?: readonly string[];
  /**
   * What the reader should know before editing, shown beside the file: e.g. which parts of the
   * run the file does not reach ("The WebAssembly lines are compiled ahead of time…").
   */
  note?: string;
}

/** A kernel's name, or the reader's edited version of its file: either runs in a pool. */
export type KernelTask<K extends KernelName> = K | EditedKernel<K>;

/**
 * What `run` sends the pool for one of its editable kernels: the kernel's name while the code is
 * as authored, the reader's file and the export to run once it was edited.
 */
export function taskFor<K extends KernelName>(
  editable: EditableTask | undefined,
  editedCode: string | null,
  kernel: K,
): KernelTask<K> {
  if (!editable?.kernels?.includes(kernel)) {
    throw new Error(
      `"${kernel}" is not among this experiment's editable kernels; add it to its task.kernels.`,
    );
  }
  return editedCode === null ? kernel : { source: editedCode, entry: kernel };
}

/** A problem to mark in the task's code: 1-based line, and column when known. */
export interface TaskDiagnostic {
  line: number;
  column: number | null;
  message: string;
}

/**
 * Where in the reader's code a failed run went wrong: a compile error at its line and column
 * (a WGSL one as the GPU worker reports it, file:line:col), a task's error at the line it was
 * thrown from. Errors with no line in the code give none.
 */
export function taskDiagnostics(error: unknown): TaskDiagnostic[] {
  if (error instanceof GpuRefusedError && error.reason === "compile") {
    return parseShaderErrors(error.message).map(({ line, column, message }) => ({
      line,
      column,
      message,
    }));
  }
  if (error instanceof CompileError && error.line !== null) {
    return [{ line: error.line, column: error.column, message: error.compilerMessage }];
  }
  if (error instanceof TaskError && error.line !== null) {
    return [
      {
        line: error.line,
        column: null,
        message: `Task ${error.index} threw: ${error.taskMessage}`,
      },
    ];
  }
  return [];
}
