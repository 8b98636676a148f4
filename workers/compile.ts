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

/** The task compiled from this source earlier in this worker, if any. */
export function compiledTask(source: string): CompiledTask | undefined {
  return cache.get(source);
}

/**
 * Compiles a function expression such as `(x) => x * 2`, once per worker: later calls with the
 * same text reuse it, as Python's pool workers keep an unpickled function.
 */
export async function compileTask(source: string): Promise<CompiledTask> {
  const cached = cache.get(source);
  if (cached) return cached;
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
  cache.set(source, task as CompiledTask);
  return task as CompiledTask;
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
