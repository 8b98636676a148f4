import type { MarkSpec, PlotSpec } from "../wire";

/** The Observable Plot marks a scratch cell may draw; the page makes only these calls. */
export const MARK_NAMES = [
  "area",
  "areaX",
  "areaY",
  "arrow",
  "barX",
  "barY",
  "cell",
  "dot",
  "dotX",
  "dotY",
  "frame",
  "gridX",
  "gridY",
  "line",
  "lineX",
  "lineY",
  "link",
  "rect",
  "rectX",
  "rectY",
  "ruleX",
  "ruleY",
  "text",
  "textX",
  "textY",
  "tickX",
  "tickY",
] as const;

export type MarkName = (typeof MARK_NAMES)[number];

/** What `plot(...)` returns: a value the cell draws as a chart rather than prints. */
export class PlotRequest {
  constructor(readonly spec: PlotSpec) {}
}

/**
 * `Plot` inside the kernel: the same calls as Observable Plot's marks (`Plot.lineY(data, {x, y})`),
 * recorded so that the page can make them, since drawing needs the page's DOM.
 */
export const PlotRecorder = Object.fromEntries(
  MARK_NAMES.map((mark) => [mark, (...args: unknown[]): MarkSpec => ({ mark, args })]),
) as Record<MarkName, (...args: unknown[]) => MarkSpec>;

/**
 * `plot(...)` in the reader's code: Plot's options with `marks` made by `Plot.*`, or one mark,
 * or a list of marks. Throws a TypeError that says what it expected.
 *
 * @example return plot({ marks: [Plot.lineY(rows, { x: "size", y: "ms" })], x: { type: "log" } });
 */
export function plot(options: unknown): PlotRequest {
  const request = plotRequestOf(options);
  const points = plotPoints(request.spec.marks);
  if (points > MAX_PLOT_POINTS) {
    throw new RangeError(
      `This chart would draw ${points.toLocaleString("en")} points, and the page draws at most ${MAX_PLOT_POINTS.toLocaleString("en")} so that it stays responsive. Summarize first: summarize(samples) gives one row per series and size.`,
    );
  }
  return request;
}

/** Points one chart may draw: Plot renders every one as an SVG element on the page's thread. */
export const MAX_PLOT_POINTS = 50_000;

/** What a chart's marks draw: each mark's data, counted as Plot would iterate it; at least one. */
export function plotPoints(marks: MarkSpec[]): number {
  return marks.reduce((sum, { args }) => sum + Math.max(1, dataLength(args[0])), 0);
}

function dataLength(data: unknown): number {
  if (typeof data !== "object" || data === null || !("length" in data)) return 0;
  const length = Number(data.length);
  return Number.isFinite(length) && length > 0 ? length : 0;
}

function plotRequestOf(options: unknown): PlotRequest {
  if (isMark(options)) return new PlotRequest({ marks: [options] });
  if (Array.isArray(options) && options.every(isMark)) return new PlotRequest({ marks: options });
  if (typeof options === "object" && options !== null && "marks" in options) {
    const { marks } = options as { marks: unknown };
    if (Array.isArray(marks) && marks.every(isMark)) {
      return new PlotRequest({ ...(options as Record<string, unknown>), marks });
    }
  }
  throw new TypeError(
    'plot() takes Plot options such as { marks: [Plot.lineY(rows, { x: "size", y: "ms" })] }, where every mark is made with Plot.lineY, Plot.dot, Plot.barY and the like.',
  );
}

export function isMark(value: unknown): value is MarkSpec {
  return (
    typeof value === "object" &&
    value !== null &&
    "mark" in value &&
    "args" in value &&
    (MARK_NAMES as readonly unknown[]).includes(value.mark) &&
    Array.isArray(value.args)
  );
}
