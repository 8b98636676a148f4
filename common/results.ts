import * as v from "valibot";

/**
 * The results format ("Download JSON"), version 1. The schema is the single source of truth:
 * the TypeScript types below are inferred from it, and imported files are checked against it.
 *
 * @example
 * const results = parseResults(JSON.parse(text)); // throws ResultsFormatError with the path
 * download(toCsv(results)); // the samples table
 */
export const RESULTS_SCHEMA_ID = "corelab.results/1";

const finite = v.pipe(v.number(), v.finite());
const extraFields = v.record(v.string(), v.unknown());

const GpuSchema = v.object({
  vendor: v.string(),
  architecture: v.string(),
  description: v.string(),
  emulated: v.boolean(),
});

export const EnvironmentSchema = v.object({
  userAgent: v.string(),
  hardwareConcurrency: v.pipe(v.number(), v.integer(), v.minValue(1)),
  crossOriginIsolated: v.boolean(),
  timerResolutionMs: v.pipe(finite, v.minValue(0)),
  wasmSimd: v.boolean(),
  wasmThreads: v.boolean(),
  gpu: v.nullable(GpuSchema),
});

/** A time taken, in ms: never negative (a clock that went backwards, or a forged file). */
const duration = v.pipe(
  finite,
  v.minValue(0, (issue) => `a duration cannot be negative (${issue.input} ms)`),
);

const SampleSchema = v.objectWithRest(
  { series: v.string(), x: finite, trial: v.pipe(v.number(), v.integer()), ms: duration },
  v.unknown(),
);

const SummaryRowSchema = v.pipe(
  v.object({
    series: v.string(),
    x: finite,
    n: v.pipe(v.number(), v.integer(), v.minValue(1)),
    q05: duration,
    q50: duration,
    q95: duration,
  }),
  v.check(
    ({ q05, q50, q95 }) => q05 <= q50 && q50 <= q95,
    "its quantiles are out of order (q05 ≤ q50 ≤ q95)",
  ),
);

const TimelineEventSchema = v.pipe(
  v.objectWithRest({ lane: v.string(), kind: v.string(), start: finite, end: finite }, v.unknown()),
  v.check(({ start, end }) => end >= start, "it ends before it starts"),
);

/**
 * A file of the experiment's task code as the reader edited it, exactly as this run ran it:
 * `source` is the file's name among the experiment's sources.
 */
const EditedSourceSchema = v.object({ source: v.string(), code: v.string() });

export const ResultsSchema = v.object({
  schema: v.literal(RESULTS_SCHEMA_ID),
  experiment: v.string(),
  lesson: v.string(),
  params: extraFields,
  environment: EnvironmentSchema,
  startedAt: v.pipe(v.string(), v.isoTimestamp()),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  x: v.object({ name: v.string(), unit: v.string() }),
  samples: v.array(SampleSchema),
  summary: v.array(SummaryRowSchema),
  timeline: v.optional(v.array(TimelineEventSchema)),
  /** Present only when the run ran the reader's edited task code instead of the original. */
  editedSources: v.optional(v.pipe(v.array(EditedSourceSchema), v.minLength(1))),
});

export type Environment = v.InferOutput<typeof EnvironmentSchema>;
export type GpuInfo = v.InferOutput<typeof GpuSchema>;
export type Sample = v.InferOutput<typeof SampleSchema>;
export type SummaryRow = v.InferOutput<typeof SummaryRowSchema>;
export type EditedSource = v.InferOutput<typeof EditedSourceSchema>;
export type Results = v.InferOutput<typeof ResultsSchema>;

export class ResultsFormatError extends Error {
  override name = "ResultsFormatError";
}

/** A series' summary row at x (its median and 5–95 % band); undefined where it was not measured. */
export function summaryAt(results: Results, series: string, x: number): SummaryRow | undefined {
  return results.summary.find((row) => row.series === series && row.x === x);
}

/** Checks unknown data (say, an imported file) and names the first field that is wrong. */
export function parseResults(data: unknown): Results {
  const parsed = v.safeParse(ResultsSchema, data);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join(".") || "(top level)";
  throw new ResultsFormatError(`Not a Corelab results file: ${path}: ${issue.message}`);
}

/** The samples table as CSV: fixed columns first, then any extra fields the experiment added. */
export function toCsv(results: Results): string {
  const fixed = ["series", "x", "trial", "ms"];
  const extra = [...new Set(results.samples.flatMap(Object.keys))].filter(
    (key) => !fixed.includes(key),
  );
  const columns = [...fixed, ...extra];
  const rows = results.samples.map((sample) =>
    columns.map((column) => csvCell(sample[column])).join(","),
  );
  return `${[columns.join(","), ...rows].join("\n")}\n`;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
