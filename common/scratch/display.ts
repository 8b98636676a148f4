import type { Display } from "../wire";
import { formatValue, isPlainObject } from "./format";
import { PlotRequest } from "./plotRequest";

/** Rows and columns a table shows; the rest is counted, not sent. */
export const TABLE_ROWS = 200;
export const TABLE_COLUMNS = 12;
/** Characters of printed value shown; beyond this the text is cut and says so. */
export const VALUE_CHARS = 20_000;

/**
 * How a run's value is shown: `plot(...)` as a chart, an array of plain objects as a table,
 * anything else printed. Bounded, so that a huge value never floods the page.
 */
export function toDisplay(value: unknown): Display {
  if (value === undefined) return { kind: "none" };
  if (value instanceof PlotRequest) return { kind: "plot", spec: value.spec };
  if (isTable(value)) return tableOf(value);
  const { text, truncated } = formatValue(value);
  return valueDisplay(text, truncated);
}

/** Printed text as a display, cut at VALUE_CHARS and saying so. */
export function valueDisplay(text: string, truncated: boolean): Display {
  if (text.length <= VALUE_CHARS) return { kind: "value", text, truncated };
  const cut = `\n… (cut at ${VALUE_CHARS.toLocaleString("en")} characters)`;
  return { kind: "value", text: `${text.slice(0, VALUE_CHARS)}${cut}`, truncated: true };
}

function isTable(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function tableOf(objects: Record<string, unknown>[]): Display {
  const shown = objects.slice(0, TABLE_ROWS);
  const keys = [...new Set(shown.flatMap((row) => Object.keys(row)))];
  const columns = keys.slice(0, TABLE_COLUMNS);
  return {
    kind: "table",
    columns,
    rows: shown.map((row) => columns.map((column) => formatCell(row[column]))),
    totalRows: objects.length,
    hiddenColumns: keys.length - columns.length,
  };
}

/** A table cell's text, cut at 200 characters. */
export function cutCell(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A table cell: strings as they are, numbers to four significant figures, the rest printed. */
export function formatCell(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return cutCell(value);
  if (typeof value === "number" && Number.isFinite(value)) {
    return Number.isInteger(value)
      ? value.toLocaleString("en")
      : value.toLocaleString("en", { maximumSignificantDigits: 4 });
  }
  return formatValue(value, { depth: 1, items: 10, stringChars: 100 }).text;
}
