import { cutCell, TABLE_COLUMNS, TABLE_ROWS, valueDisplay } from "../../../common/scratch/display";
import { isMark, MAX_PLOT_POINTS, plotPoints } from "../../../common/scratch/plotRequest";
import { cutLine, MAX_LINES } from "../../../common/scratch/printed";
import type { Display, Failure, OutputLine } from "../../../common/wire";

/**
 * The page's check of what a kernel worker sends. The worker caps its output and shapes its
 * values, but the reader's code runs in that worker and can post anything (`self.postMessage`),
 * so the page checks every shape and holds the same caps again: a forged message is refused or
 * cut, never drawn as it came.
 */

/** A message from the kernel worker that the page refuses: its shape is not one the kernel sends. */
export class RefusedReplyError extends Error {
  override name = "RefusedReplyError";
}

const refuse = (what: string): never => {
  throw new RefusedReplyError(what);
};

const LEVELS: ReadonlySet<unknown> = new Set(["log", "info", "warn", "error"]);
/** Characters of a failure's text kept: a message, a name, a path. */
const FAILURE_CHARS = 2_000;

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * One run's printed lines as the page keeps them: at most MAX_LINES, each cut, the rest counted;
 * shown at most once per SHOW_MS however many messages arrive.
 */
export class PrintedOnPage {
  private kept = 0;
  private lines: OutputLine[] = [];
  private dropped = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly show: (lines: OutputLine[], dropped: number) => void) {}

  /** Takes a batch of lines the worker sent; throws RefusedReplyError when it is not one. */
  receive(lines: unknown, dropped: unknown): void {
    if (!Array.isArray(lines) || !isCount(dropped)) refuse("printed lines of the wrong shape");
    const batch = lines as unknown[];
    const room = Math.max(0, MAX_LINES - this.kept);
    for (const line of batch.slice(0, room)) {
      if (!isRecord(line) || !LEVELS.has(line.level) || typeof line.text !== "string") {
        refuse("a printed line of the wrong shape");
      }
      const { level, text } = line as unknown as OutputLine;
      this.lines.push({ level, text: cutLine(text) });
    }
    this.kept += Math.min(room, batch.length);
    this.dropped = Math.min(Number.MAX_SAFE_INTEGER, this.dropped + (dropped as number));
    this.dropped += Math.max(0, batch.length - room);
    this.timer ??= setTimeout(() => this.flush(), SHOW_MS);
  }

  /** Shows what waits now (before the run's outcome is shown). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.lines.length === 0 && this.dropped === 0) return;
    this.show(this.lines, this.dropped);
    this.lines = [];
    this.dropped = 0;
  }
}

/** How often printed lines are shown; a frame or so, so a flood of messages is one update. */
const SHOW_MS = 50;

/** A returned value's display, checked and capped as `toDisplay` makes it in the worker. */
export function checkedDisplay(display: unknown): Display {
  if (!isRecord(display)) return refuse("a value of the wrong shape");
  switch (display.kind) {
    case "none":
      return { kind: "none" };
    case "value":
      if (typeof display.text !== "string") return refuse("a value without text");
      return valueDisplay(display.text, display.truncated === true);
    case "table":
      return checkedTable(display);
    case "plot":
      return checkedPlot(display.spec);
    default:
      return refuse("a value of an unknown kind");
  }
}

function checkedTable(table: Record<string, unknown>): Display {
  const { columns, rows, totalRows, hiddenColumns } = table;
  if (!Array.isArray(columns) || !Array.isArray(rows)) return refuse("a table of the wrong shape");
  const shownColumns = columns.slice(0, TABLE_COLUMNS);
  if (!shownColumns.every((column) => typeof column === "string")) {
    return refuse("a table column that is not text");
  }
  const names = shownColumns.map(cutCell);
  if (new Set(names).size !== names.length) return refuse("a table with a column twice");
  const shownRows = rows.slice(0, TABLE_ROWS).map((row: unknown) => {
    if (!Array.isArray(row)) return refuse("a table row of the wrong shape");
    const cells = row.slice(0, names.length);
    if (!cells.every((cell) => typeof cell === "string")) return refuse("a table cell not text");
    return (cells as string[]).map(cutCell);
  });
  return {
    kind: "table",
    columns: names,
    rows: shownRows,
    totalRows: isCount(totalRows) ? Math.max(totalRows, rows.length) : rows.length,
    hiddenColumns: (isCount(hiddenColumns) ? hiddenColumns : 0) + columns.length - names.length,
  };
}

function checkedPlot(spec: unknown): Display {
  if (!isRecord(spec) || !Array.isArray(spec.marks) || !spec.marks.every(isMark)) {
    return refuse("a chart whose marks are not Plot marks");
  }
  if (plotPoints(spec.marks) > MAX_PLOT_POINTS) return refuse("a chart with too many points");
  return { kind: "plot", spec: { ...spec, marks: spec.marks } };
}

/** A run's failure, checked, with its texts cut. */
export function checkedFailure(failure: unknown): Failure {
  if (!isRecord(failure)) return refuse("a failure of the wrong shape");
  const text = (value: unknown) =>
    typeof value === "string" ? value.slice(0, FAILURE_CHARS) : refuse("a failure without text");
  const position = (value: unknown) => (isCount(value) ? value : null);
  switch (failure.type) {
    case "compile-failed":
      return {
        type: "compile-failed",
        message: text(failure.message),
        line: position(failure.line),
        column: position(failure.column),
      };
    case "threw":
      return {
        type: "threw",
        name: text(failure.name),
        message: text(failure.message),
        stack: text(failure.stack),
        line: position(failure.line),
      };
    case "uncloneable":
      return {
        type: "uncloneable",
        message: text(failure.message),
        path: text(failure.path),
        what: text(failure.what),
      };
    case "crashed":
    case "failed":
      return { type: failure.type, message: text(failure.message) };
    default:
      return refuse("a failure of an unknown kind");
  }
}
