import { formatValue, isPlainObject } from "../../common/scratch/format";
import type { KernelFault } from "../../common/wire/scratch";

/**
 * The line and column of the innermost frame of the reader's code in a V8 stack trace. The code
 * is compiled by the `AsyncFunction` constructor, so its frames read `(eval at …, <anonymous>:L:C)`;
 * `lineOffset` is how many lines the constructor puts before the body.
 *
 * @example codePosition("at f (eval at compile (k.js:1:9), <anonymous>:4:7)", 2) // { line: 2, column: 7 }
 */
export function codePosition(
  stack: string,
  lineOffset: number,
): { line: number; column: number } | null {
  const match = /eval at [^\n]*?<anonymous>:(\d+):(\d+)\)/.exec(stack);
  if (!match) return null;
  const line = Number(match[1]) - lineOffset;
  return line >= 1 ? { line, column: Number(match[2]) } : null;
}

/** V8's RangeErrors that mean an allocation was refused, not a wrong argument. */
const OUT_OF_MEMORY =
  /allocation failed|Invalid (typed )?array length|Invalid string length|out of memory/i;

/** What the reader's code threw, or a promise it awaited rejected with, as a fault to explain. */
export function faultOf(thrown: unknown, lineOffset: number): KernelFault {
  if (thrown instanceof RangeError && OUT_OF_MEMORY.test(thrown.message)) {
    return { kind: "memory", message: thrown.message };
  }
  if (thrown instanceof Error) {
    const position = codePosition(thrown.stack ?? "", lineOffset);
    return {
      kind: "runtime",
      name: thrown.name,
      message: thrown.message,
      line: position?.line ?? null,
    };
  }
  const { text } = formatValue(thrown, { depth: 2, items: 10, stringChars: 300 });
  return { kind: "runtime", name: "A thrown value", message: text, line: null };
}

/**
 * Where structured clone fails inside a value, as a path a reader can find (`value.pool`,
 * `value[2].run`) and what is there ("a function"). Null when nothing in it is known not to clone.
 */
export function findUncloneable(
  value: unknown,
  path = "value",
  seen = new Set<object>(),
): { path: string; what: string } | null {
  if (typeof value === "function") return { path, what: "a function" };
  if (typeof value === "symbol") return { path, what: "a symbol" };
  if (typeof value !== "object" || value === null || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, item] of value) {
      const found =
        findUncloneable(key, `${path} key`, seen) ?? findUncloneable(item, `${path}.get(…)`, seen);
      if (found) return found;
    }
    return null;
  }
  if (value instanceof Set) {
    for (const item of value) {
      const found = findUncloneable(item, `${path} item`, seen);
      if (found) return found;
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUncloneable(item, `${path}[${index}]`, seen);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value) && !isCloneableBuiltIn(value)) {
    const name = Object.getPrototypeOf(value)?.constructor?.name;
    // A class instance clones as a plain object of its own fields, if those clone; so look inside
    // first, and blame the object itself only for built-ins that never clone (Worker, Promise…).
    const inside = fieldsUncloneable(value, path, seen);
    if (inside) return inside;
    if (!canClone(value)) return { path, what: name ? `a ${name}` : "an object" };
    return null;
  }
  return fieldsUncloneable(value, path, seen);
}

function fieldsUncloneable(value: object, path: string, seen: Set<object>) {
  for (const [key, item] of Object.entries(value)) {
    const step = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    const found = findUncloneable(item, `${path}${step}`, seen);
    if (found) return found;
  }
  return null;
}

function isCloneableBuiltIn(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof Error ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value)
  );
}

function canClone(value: object): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
