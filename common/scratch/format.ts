/** How much of a value to print: beyond these, parts are elided and the text says so. */
export interface FormatLimits {
  /** Levels of nesting shown; deeper objects print as `[Object]` or `[Array(n)]`. */
  depth: number;
  /** Items shown per array, map, set or object. */
  items: number;
  /** Characters shown per string. */
  stringChars: number;
}

export const DEFAULT_LIMITS: FormatLimits = { depth: 3, items: 50, stringChars: 500 };

/** A line that fits this many characters is printed on one line, like Node's `util.inspect`. */
const LINE_WIDTH = 72;

export interface Formatted {
  text: string;
  /** Something was left out (depth, items or string length). */
  truncated: boolean;
}

/**
 * Pretty-prints any value as a reader would want to see it in a notebook: strings quoted,
 * `-0`, `NaN`, `12n`, class names, Maps, Sets, typed arrays and cycles shown for what they are.
 *
 * @example formatValue({ a: [1, 2], b: "x" }).text // '{ a: [1, 2], b: "x" }'
 */
export function formatValue(value: unknown, limits: FormatLimits = DEFAULT_LIMITS): Formatted {
  const state = { truncated: false };
  const text = format(value, limits, 0, "", new Set(), state);
  return { text, truncated: state.truncated };
}

/** Like `console.log` prints its arguments: strings as they are, everything else formatted. */
export function formatLogArguments(args: readonly unknown[]): string {
  const limits = { depth: 2, items: 20, stringChars: 2_000 };
  return args
    .map((arg) => (typeof arg === "string" ? arg : formatValue(arg, limits).text))
    .join(" ");
}

interface State {
  truncated: boolean;
}

function format(
  value: unknown,
  limits: FormatLimits,
  depth: number,
  indent: string,
  seen: Set<object>,
  state: State,
): string {
  switch (typeof value) {
    case "string": {
      if (value.length <= limits.stringChars) return JSON.stringify(value);
      state.truncated = true;
      const more = (value.length - limits.stringChars).toLocaleString("en");
      return `${JSON.stringify(value.slice(0, limits.stringChars))}… (${more} more characters)`;
    }
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return value.toString();
    case "function":
      return `[Function${value.name ? ` ${value.name}` : " (anonymous)"}]`;
  }
  if (value === null) return "null";
  const object = value as object;
  if (seen.has(object)) return "[Circular]";
  const leaf = formatLeafObject(object);
  if (leaf !== null) return leaf;

  const name = constructorName(object);
  if (depth >= limits.depth) {
    state.truncated = true;
    return Array.isArray(object) ? `[Array(${object.length})]` : `[${name || "Object"}]`;
  }
  seen.add(object);
  const { open, close, parts, total } = entriesOf(object, limits, depth, indent, seen, state);
  seen.delete(object);
  if (total > parts.length) {
    state.truncated = true;
    parts.push(`… ${(total - parts.length).toLocaleString("en")} more`);
  }
  if (parts.length === 0) return `${open.trim()}${close.trim()}`;
  const oneLine = `${open}${parts.join(", ")}${close}`;
  if (oneLine.length + indent.length <= LINE_WIDTH && !oneLine.includes("\n")) return oneLine;
  const inner = `${indent}  `;
  const lines = parts.every((part) => part.length <= SHORT_PART && !part.includes("\n"))
    ? pack(parts, LINE_WIDTH - inner.length)
    : parts;
  return `${open.trimEnd()}\n${lines.map((line) => `${inner}${line}`).join(",\n")}\n${indent}${close.trimStart()}`;
}

/** Parts this short (numbers, say) share lines instead of taking one each. */
const SHORT_PART = 16;

function pack(parts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    if (line && line.length + 2 + part.length > width) {
      lines.push(line);
      line = part;
    } else line = line ? `${line}, ${part}` : part;
  }
  if (line) lines.push(line);
  return lines;
}

/** Objects printed in one piece, without looking inside; null for containers. */
function formatLeafObject(object: object): string | null {
  if (object instanceof Date) {
    return Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString();
  }
  if (object instanceof RegExp) return String(object);
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  if (object instanceof ArrayBuffer) {
    return `ArrayBuffer { byteLength: ${object.byteLength.toLocaleString("en")} }`;
  }
  if (typeof SharedArrayBuffer === "function" && object instanceof SharedArrayBuffer) {
    return `SharedArrayBuffer { byteLength: ${object.byteLength.toLocaleString("en")} }`;
  }
  if (object instanceof Promise) return "Promise { … }";
  if (object instanceof WeakMap || object instanceof WeakSet) return `${constructorName(object)}`;
  return null;
}

interface Entries {
  open: string;
  close: string;
  parts: string[];
  total: number;
}

function entriesOf(
  object: object,
  limits: FormatLimits,
  depth: number,
  indent: string,
  seen: Set<object>,
  state: State,
): Entries {
  const inner = `${indent}  `;
  const item = (value: unknown) => format(value, limits, depth + 1, inner, seen, state);
  if (Array.isArray(object) || ArrayBuffer.isView(object)) {
    const list = object as ArrayLike<unknown>;
    const parts: string[] = [];
    for (let i = 0; i < Math.min(list.length, limits.items); i++) parts.push(item(list[i]));
    const prefix = Array.isArray(object) ? "" : `${constructorName(object)}(${list.length}) `;
    return { open: `${prefix}[`, close: "]", parts, total: list.length };
  }
  if (object instanceof Map) {
    const parts = [...object.entries()]
      .slice(0, limits.items)
      .map(([key, value]) => `${item(key)} => ${item(value)}`);
    return { open: `Map(${object.size}) { `, close: " }", parts, total: object.size };
  }
  if (object instanceof Set) {
    const parts = [...object.values()].slice(0, limits.items).map(item);
    return { open: `Set(${object.size}) { `, close: " }", parts, total: object.size };
  }
  const keys = Object.keys(object);
  const parts = keys
    .slice(0, limits.items)
    .map((key) => `${propertyKey(key)}: ${item((object as Record<string, unknown>)[key])}`);
  const name = constructorName(object);
  const prefix = name && name !== "Object" ? `${name} ` : "";
  return { open: `${prefix}{ `, close: " }", parts, total: keys.length };
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function constructorName(object: object): string {
  const prototype = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
  if (prototype === null) return "Object";
  return prototype.constructor?.name ?? "";
}

/** An object literal's kind of object: what a table row is made of. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
