import type { Experiment, Results } from "../../kit";
import {
  type ChunkRecord,
  formatMs,
  formatTick,
  geometricSizes,
  medianAt,
  medianField,
  peakBytesInFlight,
  pointsOf,
  seededRandom,
  sweep,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/arrays.ts?raw";
import python from "./bytes_in_flight.py?raw";
import experimentSource from "./bytes-in-flight.ts?raw";

const ROW_LENGTH = 4096; // 32 KB of float64 per row
const poolName = (cores: number) => `pool of ${cores}, copying rows`;

/** Median of the peak megabytes in flight, per chunk size. */
function peaks(results: Results): { x: number; mb: number }[] {
  const pool = poolName(results.environment.hardwareConcurrency);
  return pointsOf(results, pool).map(({ x }) => {
    const peakBytes = medianField(results, pool, x, "peakBytes") ?? 0;
    return { x, mb: peakBytes / 1e6 };
  });
}

/** The prediction's choices: what doubling the chunk size does to the bytes in flight. */
const GROWS = "it grows with the chunk size";
const SAME = "it stays about the same";
const SHRINKS = "it shrinks";

/** The peaks at the smallest and the largest chunk size measured, if they differ. */
function endPeaks(results: Results) {
  const rows = peaks(results);
  const [first, last] = [rows[0], rows.at(-1)];
  return first && last && first.x < last.x && first.mb > 0 ? { first, last } : null;
}

export const bytesInFlight: Experiment<"rows" | "trials"> = {
  id: "bytes-in-flight",
  title: "Bigger chunks, more data in flight",
  params: {
    rows: {
      label: "Rows of 32 KB",
      default: 256,
      quick: 64,
      min: 16,
      max: 2_048,
      step: 1,
      unit: "rows",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    {
      name: "lessons/chunk-size/bytes-in-flight.ts",
      language: "typescript",
      code: experimentSource,
    },
    { name: "workers/kernels/arrays.ts", language: "typescript", code: kernelSource },
  ],
  task: { source: "workers/kernels/arrays.ts", kernels: ["sumFloats"] },
  python,
  pythonRun: { fileName: "bytes_in_flight.py", sizes: { ROWS: 64, ROW_LENGTH: 1024 } },
  requires: [],
  x: { name: "chunk size", unit: "rows per message" },

  async run({ rows, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const sumFloats = ctx.task("sumFloats"); // or the reader's edited version
    const pool = await startPool(cores);
    const random = seededRandom(42);
    const data = Array.from({ length: rows }, () =>
      Float64Array.from({ length: ROW_LENGTH }, random),
    );
    const series = [
      {
        name: poolName(cores),
        run: async (chunkSize: number) => {
          const chunks: ChunkRecord[] = [];
          await pool.map(sumFloats, data, { chunkSize, signal, onChunk: (r) => chunks.push(r) });
          return { peakBytes: peakBytesInFlight(chunks) };
        },
      },
    ];
    const xs = geometricSizes(1, rows, 5);
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart(results, Plot) {
    const rows = peaks(results);
    return {
      ariaLabel: "Peak megabytes in flight against chunk size",
      height: 300,
      marginLeft: 56,
      x: { type: "log", label: "chunk size (rows per message) →", grid: true },
      y: { type: "log", label: "↑ most MB in flight at once", grid: true, tickFormat: formatTick },
      marks: [
        Plot.line(rows, {
          x: "x",
          y: "mb",
          stroke: "var(--accent)",
          strokeWidth: 2,
          marker: "circle",
        }),
      ],
    };
  },

  prediction: {
    kind: "choice",
    choices: [GROWS, SAME, SHRINKS],
    answer(results) {
      const ends = endPeaks(results);
      if (!ends) return null;
      const { first, last } = ends;
      // How the peak scales with the chunk size: 1 is in proportion, 0 not at all.
      const slope = Math.log(last.mb / first.mb) / Math.log(last.x / first.x);
      return slope > 0.5 ? GROWS : slope < -0.3 ? SHRINKS : SAME;
    },
  },
  expects: {
    claim:
      "At the largest chunk size, at least four times as many bytes were in flight at once as at the smallest (medians).",
    holds(results) {
      const ends = endPeaks(results);
      return ends ? ends.last.mb >= 4 * ends.first.mb : null;
    },
  },
  headline(results) {
    const rows = peaks(results);
    const [first, last] = [rows[0], rows.at(-1)];
    const pool = poolName(results.environment.hardwareConcurrency);
    const time = (x: number) => medianAt(results, pool, x);
    if (!first || !last || first === last) return null;
    return `At chunk size ${first.x}, at most ${first.mb.toFixed(2)} MB were in flight (${formatMs(time(first.x) ?? 0)} ms); at ${last.x}, ${last.mb.toFixed(1)} MB (${formatMs(time(last.x) ?? 0)} ms).`;
  },
};
