/**
 * Bounds every loop of a reader's WGSL shader, so a dispatch always ends. A GPU cannot be
 * interrupted mid-dispatch: a shader that loops forever keeps the GPU busy after the page gives
 * up its device, and on a CPU-emulated GPU (SwiftShader) nothing resets it, so every later
 * dispatch in the browser waits behind it. The guard counts each invocation's loop steps (all
 * its loops together); past the limit (loopStepLimit), every loop breaks and a flag tells the page.
 */

/**
 * Loop steps a whole dispatch may take. Small, because the guard must end a runaway soon on a
 * CPU-emulated GPU: over a million floats, 100 steps of a one-line loop each (10⁸ steps) took
 * 1 s on SwiftShader on two busy cores, and 1,000 steps each took 16 s.
 */
const DISPATCH_STEP_BUDGET = 100_000_000;

/** The pipeline constant that holds the limit per invocation. */
export const LOOP_LIMIT_CONSTANT = "corelab_loop_step_limit";

/** Loop steps one invocation may take, over all its loops, in a dispatch of `invocations`. */
export function loopStepLimit(invocations: number): number {
  return Math.max(10, Math.floor(DISPATCH_STEP_BUDGET / Math.max(1, invocations)));
}

/** Where the guard's flag is bound: a group of its own, after the shader's. */
export const LOOP_GUARD_GROUP = 1;

/** Put right after a loop body's `{`, on the same line: the reader's lines keep their numbers. */
const CHECK = " if (corelab_loop_guard()) { break; }";

/** Added after the reader's last line. WGSL's module-scope declarations may come in any order. */
const GUARD = `
// Added by the page: every loop breaks after a bounded number of steps per invocation.
override ${LOOP_LIMIT_CONSTANT}: u32;
var<private> corelab_loop_steps: u32;
@group(${LOOP_GUARD_GROUP}) @binding(0) var<storage, read_write> corelab_loop_limit_hit: atomic<u32>;
fn corelab_loop_guard() -> bool {
  corelab_loop_steps += 1u;
  if (corelab_loop_steps <= ${LOOP_LIMIT_CONSTANT}) { return false; }
  atomicStore(&corelab_loop_limit_hit, 1u);
  return true;
}
`;

const LOOP_KEYWORDS = new Set(["loop", "for", "while"]);

/**
 * The shader with a step check at the start of each `loop`, `for` and `while` body, or null when
 * it has no loop (then nothing needs guarding and the shader runs as written).
 */
export function guardLoops(code: string): string | null {
  const bodies = loopBodyStarts(code);
  if (bodies.length === 0) return null;
  let guarded = "";
  let from = 0;
  for (const at of bodies) {
    guarded += code.slice(from, at) + CHECK;
    from = at;
  }
  return `${guarded}${code.slice(from)}\n${GUARD}`;
}

/** Offsets just past the `{` that opens each loop's body, comments skipped. */
function loopBodyStarts(code: string): number[] {
  const starts: number[] = [];
  /** After a loop keyword: the parentheses open in its header, until its body's `{`. */
  let header: { depth: number } | null = null;
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i, i + 2);
    if (rest === "//") {
      const end = code.indexOf("\n", i);
      i = end < 0 ? code.length : end;
      continue;
    }
    if (rest === "/*") {
      i = skipBlockComment(code, i);
      continue;
    }
    const char = code[i] as string;
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(code.slice(i, i + 64));
    if (word) {
      if (LOOP_KEYWORDS.has(word[0])) header = { depth: 0 };
      i += word[0].length;
      continue;
    }
    if (header) {
      if (char === "(") header.depth += 1;
      else if (char === ")") header.depth -= 1;
      else if (char === "{" && header.depth === 0) {
        starts.push(i + 1);
        header = null;
      }
    }
    i += 1;
  }
  return starts;
}

/** Past the end of the block comment at `start`; WGSL's block comments nest. */
function skipBlockComment(code: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const pair = code.slice(i, i + 2);
    if (pair === "/*") {
      depth += 1;
      i += 2;
    } else if (pair === "*/") {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return i;
}
