/** A task compiled from source text. */
export type CompiledTask = (item: unknown) => unknown;

export class CompileFailure extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(message);
  }
}

const cache = new Map<string, CompiledTask>();
const cacheKey = (source: string, entry: string | undefined) =>
  entry === undefined ? source : `${entry}\u0000${source}`;

/** The task compiled from this source (and entry) earlier in this worker, if any. */
export function compiledTask(source: string, entry?: string): CompiledTask | undefined {
  return cache.get(cacheKey(source, entry));
}

/**
 * Compiles a task once per worker: later calls with the same text reuse it, as Python's pool
 * workers keep an unpickled function. Without `entry`, the source is a function expression such
 * as `(x) => x * 2`; with it, the source is a kernel's whole file as the reader edited it, its
 * types already stripped by workers/strip/strip.ts (the page does that once per run, before any
 * clock), and the task is its export named `entry`.
 */
export async function compileTask(source: string, entry?: string): Promise<CompiledTask> {
  const key = cacheKey(source, entry);
  const cached = cache.get(key);
  if (cached) return cached;
  const task =
    entry === undefined ? await compileFunction(source) : await compileKernelFile(source, entry);
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
    throw new CompileFailure(String(error), null, null);
  }
  if (typeof task !== "function") {
    throw new CompileFailure(
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
    if (error instanceof CompileFailure) throw error;
    const line = error instanceof Error ? sourceLine(error.stack ?? "") : null;
    throw new CompileFailure(`The file failed as it loaded: ${String(error)}`, line, null);
  }
  const task = exports[entry];
  if (typeof task !== "function") {
    throw new CompileFailure(
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
async function locateSyntaxError(source: string, error: SyntaxError): Promise<CompileFailure> {
  const { parseExpressionAt } = await import("acorn");
  try {
    const expression = parseExpressionAt(source, 0, { ecmaVersion: "latest" });
    const rest = source.slice(expression.end);
    if (rest.trim() !== "") {
      const at = expression.end + (rest.length - rest.trimStart().length);
      const { line, column } = position(source, at);
      return new CompileFailure("Unexpected code after the function", line, column);
    }
  } catch (parseError) {
    const loc = (parseError as { loc?: { line: number; column: number } }).loc;
    if (loc) {
      const message = (parseError as Error).message.replace(/ \(\d+:\d+\)$/, "");
      return new CompileFailure(message, loc.line, loc.column + 1);
    }
  }
  return new CompileFailure(error.message, null, null);
}

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The line in the task's source where an error was thrown, from a V8 stack trace. */
export function sourceLine(stack: string): number | null {
  const match = /\(eval at [^)]*\), <anonymous>:(\d+):\d+\)/.exec(stack);
  return match ? Number(match[1]) : null;
}
