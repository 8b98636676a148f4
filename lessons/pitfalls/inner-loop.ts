import type { Experiment } from "../../kit";
import {
  formatCount,
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  medianField,
  ratioWords,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/mandelbrot.ts?raw";
import python from "./inner_loop.py?raw";
import experimentSource from "./inner-loop.ts?raw";

const WIDTH = 200;
const LIMIT = 500;
const OUTER = "outer loop in parallel: a task per row";
const INNER = "inner loop in parallel: a task per point, row by row";

/** The height of row `row` of `rows`, across [−1.2, 1.2]. */
const rowIm = (row: number, rows: number) => -1.2 + (2.4 * row) / Math.max(1, rows - 1);

/** Pitfall 7: the same picture, parallelised over rows or over the points of each row. */
export const innerLoop: Experiment<"maxRows" | "trials"> = {
  id: "inner-loop",
  title: "A Mandelbrot picture: parallel outer loop against parallel inner loop",
  params: {
    maxRows: {
      label: "Most rows",
      default: 256,
      quick: 32,
      min: 8,
      max: 2_048,
      step: 1,
      unit: "rows",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/mandelbrot.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/inner-loop.ts", language: "typescript", code: experimentSource },
  ],
  task: { source: "workers/kernels/mandelbrot.ts", kernels: ["mandelbrotRow", "mandelbrotPoint"] },
  python,
  pythonRun: { fileName: "inner_loop.py" },
  requires: [],
  x: { name: "picture height", unit: `rows of ${WIDTH} points` },

  async run({ maxRows, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    // The kernels' names, or the reader's edited version of mandelbrot.ts.
    const rowTask = ctx.task("mandelbrotRow");
    const pointTask = ctx.task("mandelbrotPoint");
    const pool = await startPool(cores);
    const xs = geometricSizes(8, maxRows, 4);
    // The tasks exist before the clock starts, for both ways.
    const rowTasks = new Map(
      xs.map((rows) => [
        rows,
        Array.from({ length: rows }, (_, row) => ({
          im: rowIm(row, rows),
          width: WIDTH,
          limit: LIMIT,
        })),
      ]),
    );
    const pointTasks = new Map(
      xs.map((rows) => [
        rows,
        (rowTasks.get(rows) ?? []).map((row) =>
          Array.from({ length: WIDTH }, (_, column) => ({ column, ...row })),
        ),
      ]),
    );
    const series: Series[] = [
      {
        name: OUTER,
        run: async (rows) => {
          let messages = 0;
          const onChunk = () => messages++;
          const totals = await pool.map(rowTask, rowTasks.get(rows) ?? [], {
            signal,
            onChunk,
          });
          return { iterations: sum(totals), messages };
        },
      },
      {
        name: INNER,
        run: async (rows) => {
          let messages = 0;
          const onChunk = () => messages++;
          let iterations = 0;
          // The outer loop stays on the page; each row waits for its slowest chunk.
          for (const points of pointTasks.get(rows) ?? []) {
            iterations += sum(await pool.map(pointTask, points, { signal, onChunk }));
          }
          return { iterations, messages };
        },
      },
    ];
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart(results, Plot) {
    const options = runtimeChart(results, Plot, { x: "log", y: "log" });
    // Each median dot carries the number of messages its run sent.
    const labels = results.summary.map((row) => ({
      ...row,
      messages: medianField(results, row.series, row.x, "messages") ?? 0,
    }));
    const messageLabels = Plot.text(labels, {
      x: "x",
      y: "q50",
      text: (row: { messages: number }) => `${formatCount(row.messages)} msgs`,
      fill: "series",
      // A halo in the page's colour keeps a label readable over lines and grid.
      stroke: "var(--bg)",
      strokeWidth: 3,
      paintOrder: "stroke",
      textAnchor: "start",
      dx: 4,
      dy: -10,
      fontSize: 11,
    });
    return { ...options, marks: [...(options.marks ?? []), messageLabels] };
  },

  expects: {
    claim:
      "At the most rows, the outer loop in parallel finishes sooner than the inner loop in parallel (medians).",
    holds(results) {
      const rows = largestX(results);
      const outer = medianAt(results, OUTER, rows);
      const inner = medianAt(results, INNER, rows);
      return outer === undefined || inner === undefined ? null : outer < inner;
    },
  },
  prediction: {
    kind: "number",
    unit: "× slower (the inner loop in parallel, at the most rows)",
    answer(results) {
      const rows = largestX(results);
      const outer = medianAt(results, OUTER, rows);
      const inner = medianAt(results, INNER, rows);
      return outer === undefined || inner === undefined ? null : inner / outer;
    },
  },
  headline(results) {
    const rows = largestX(results);
    const outer = medianAt(results, OUTER, rows);
    const inner = medianAt(results, INNER, rows);
    const outerMessages = medianField(results, OUTER, rows, "messages");
    const innerMessages = medianField(results, INNER, rows, "messages");
    if (outer === undefined || inner === undefined) return null;
    if (outerMessages === undefined || innerMessages === undefined) return null;
    return `At ${rows} rows, the same work took ${formatMs(outer)} ms in ${formatCount(outerMessages)} messages with the outer loop in parallel, and ${formatMs(inner)} ms in ${formatCount(innerMessages)} messages with the inner loop in parallel: ${ratioWords(inner, outer)} (medians).`;
  },
};

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
