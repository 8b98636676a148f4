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
