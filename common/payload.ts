import { isPlainObject } from "./scratch/format";

/** How a call's data travels to the workers, as Python would say it: pickled, or not at all. */
export type DataMode =
  /** Structured clone: a copy, like pickling. The default. */
  | "copy"
  /** ArrayBuffers move to the worker and are detached here: no copy, no longer usable here. */
  | "transfer"
  /** SharedArrayBuffers: both sides see the same memory, like `multiprocessing.shared_memory`. */
  | "shared";

/**
 * About how many bytes a value takes in a message: exact for buffers and typed arrays, 8 per
 * number, 2 per string character, a rough guess for the rest. Shared buffers count their full
 * size, though only a handle is sent. Stops at cycles.
 *
 * @example approxBytes([new Float64Array(10), 1, "ab"]) // 80 + 8 + 4
 */
export function approxBytes(value: unknown, seen = new Set<object>()): number {
  switch (typeof value) {
    case "number":
    case "bigint":
      return 8;
    case "boolean":
      return 4;
    case "string":
      return 2 * value.length;
    case "object": {
      if (value === null || seen.has(value)) return 0;
      seen.add(value);
      if (ArrayBuffer.isView(value)) return value.byteLength;
      if (value instanceof ArrayBuffer) return value.byteLength;
      if (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer) {
        return value.byteLength;
      }
      let total = 0;
      for (const item of Array.isArray(value) ? value : Object.values(value)) {
        total += approxBytes(item, seen);
      }
      return total;
    }
    default:
      return 0;
  }
}

/**
 * The ArrayBuffers inside a value, each once, for `postMessage`'s transfer list. Shared buffers
 * are left out: they are shared, never transferred.
 */
export function transferables(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (typeof value === "object" && value !== null) {
    if (value instanceof ArrayBuffer) found.add(value);
    else if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
    } else {
      for (const item of Array.isArray(value) ? value : Object.values(value)) {
        transferables(item, found);
      }
    }
  }
  return [...found];
}

/** Whether structured clone (what `postMessage` uses) accepts the value. */
export function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
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
    if (!isCloneable(value)) return { path, what: name ? `a ${name}` : "an object" };
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
