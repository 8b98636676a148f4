import { CompileError } from "../common/errors";
import { encodeFailure } from "../common/wire";

/** A task compiled from source text. */
export type CompiledTask = (item: unknown) => unknown;

const cache = new Map<string, CompiledTask>();
const cacheKey = (source: string, entry: string | undefined) =>
  entry === undefined ? source : `${entry}\u0000${source}`;

/**
 * Compiles a task once per worker: later calls with the same text reuse it, as Python's pool
 * workers keep an unpickled function. Without `entry`, the source is a function expression such
 * as `(x) => x * 2`; with it, the source is a kernel's whole file as the reader edited it, its
 * types already stripped by workers/strip/strip.ts (the page does that once per run, before any
 * clock), and the task is its export named `entry`. It only ever throws a CompileError.
 */
export async function compileTask(source: string, entry?: string): Promise<CompiledTask> {
  const key = cacheKey(source, entry);
  const cached = cache.get(key);
  if (cached) return cached;
  let task: CompiledTask;
  try {
    task =
      entry === undefined ? await compileFunction(source) : await compileKernelFile(source, entry);
  } catch (error) {
    // Even the parser that locates a syntax error failing to load is, to the reader, no compile.
    throw error instanceof CompileError ? error : new CompileError(String(error), null, null);
  }
  cache.set(key, task);
  return task;
}

async function compileFunction(source: string): Promise<CompiledTask> {
  let task: unknown;
  try {
    // Indirect eval runs in the worker's global scope; the reader's code never runs on the page.
    // biome-ignore lint/security/noGlobalEval: compiling the reader's task is this module's job
    const globalEval = eval;
    task = globalEval(`(${source}\n)`);
  } catch (error) {
    if (error instanceof SyntaxError) throw await locateSyntaxError(source, error);
    throw new CompileError(String(error), null, null);
  }
  if (typeof task !== "function") {
    throw new CompileError(
      `The code must be one function, such as (x) => x * 2, not a ${typeof task}.`,
      null,
      null,
    );
  }
  return task as CompiledTask;
}

/**
 * A kernel file as JavaScript, lines kept, its exports assigned to `exports` (workers/strip/strip.ts):
 * the worker only wraps and evaluates it, as a fresh Python process imports a module, so a fresh
 * worker pays no compiler for edited code. A stack trace's line is a line the reader sees.
 */
async function compileKernelFile(code: string, entry: string): Promise<CompiledTask> {
  // One wrapper on the first line, so the lines below stay the reader's lines.
  const wrapped = `(function (exports, require) {${code}\n})`;
  const exports: Record<string, unknown> = {};
  try {
    const load = (await compileFunction(wrapped)) as unknown as FileLoader;
    load(exports, refuseImport);
  } catch (error) {
    if (error instanceof CompileError) throw error;
    const thrown = encodeFailure(error);
    const line = thrown.type === "threw" ? thrown.line : null;
    throw new CompileError(`The file failed as it loaded: ${String(error)}`, line, null);
  }
  const task = exports[entry];
  if (typeof task !== "function") {
    throw new CompileError(
      `The file must export a function named ${entry}: the experiment runs that one.`,
      null,
      null,
    );
  }
  return task as CompiledTask;
}

type FileLoader = (exports: Record<string, unknown>, require: (name: string) => never) => void;

function refuseImport(name: string): never {
  throw new Error(`A kernel file runs on its own: it cannot import "${name}".`);
}

/**
 * V8's SyntaxError carries no position, so on failure (only then) a real parser, acorn, finds
 * the line and column. It is loaded on demand and only into the worker.
 */
async function locateSyntaxError(source: string, error: SyntaxError): Promise<CompileError> {
  const { parseExpressionAt } = await import("acorn");
  try {
    const expression = parseExpressionAt(source, 0, { ecmaVersion: "latest" });
    const rest = source.slice(expression.end);
    if (rest.trim() !== "") {
      const at = expression.end + (rest.length - rest.trimStart().length);
      const { line, column } = position(source, at);
      return new CompileError("Unexpected code after the function", line, column);
    }
  } catch (parseError) {
    const loc = (parseError as { loc?: { line: number; column: number } }).loc;
    if (loc) {
      const message = (parseError as Error).message.replace(/ \(\d+:\d+\)$/, "");
      return new CompileError(message, loc.line, loc.column + 1);
    }
  }
  return new CompileError(error.message, null, null);
}

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
