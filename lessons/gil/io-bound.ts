import type { Experiment } from "../../kit";
import {
  fasterBeyondSpread,
  formatMs,
  geometricSizes,
  Interpreter,
  type InterpreterRun,
  interpreterUnavailableReason,
  largestX,
  medianAt,
  runtimeChart,
  type Series,
  sweep,
  threadTimeline,
  trialsParam,
} from "../../kit";
import etlSource from "../../workers/kernels/etl.ts?raw";
import python from "./etl.py?raw";
import experimentSource from "./io-bound.ts?raw";
import { etlPrograms, etlShares, TRANSFORM_N } from "./programs";
import programsSource from "./programs.ts?raw";
import {
  ASYNCIO,
  compared,
  FREE_THREADS,
  GIL_THREADS,
  payFreeThreadedCost,
  SERIAL,
  SWITCH_INTERVAL,
  skippedThreads,
  THREAD_TIMELINE_COLORS,
  WORKERS,
  withoutCost,
} from "./series";

/**
 * An extract-transform-load job whose reads and writes wait: serially, in four threads under
 * the GIL, in four free threads, and as four asyncio coroutines on one thread.
 */
export const ioBound: Experiment<"maxRecords" | "waitMs" | "switchIntervalMs" | "trials"> = {
  id: "io-bound",
  title: "I/O-bound: read, transform, write",
  params: {
    maxRecords: {
      label: "Most records",
      default: 32,
      quick: 8,
      min: 4,
      max: 400,
      step: 1,
      unit: "records",
      control: "number",
    },
    waitMs: {
      label: "Wait per read or write",
      default: 10,
      quick: 5,
      min: 5,
      max: 100,
      step: 1,
      unit: "ms",
      control: "range",
    },
    switchIntervalMs: SWITCH_INTERVAL,
    trials: trialsParam(3),
  },
  sources: [
    { name: "workers/kernels/etl.ts", language: "typescript", code: etlSource },
    { name: "lessons/gil/programs.ts", language: "typescript", code: programsSource },
    { name: "lessons/gil/io-bound.ts", language: "typescript", code: experimentSource },
  ],
  // The threads and the event loop run the same transform: the reader's version, once edited.
  task: { source: "workers/kernels/etl.ts", kernels: ["etlTransform", "etlAsyncio"] },
  python,
  requires: [],
  x: { name: "job size", unit: "records" },

  async run({ maxRecords, waitMs, switchIntervalMs, trials }, ctx) {
    const { signal, progress, startPool } = ctx;
    const [transform, eventLoopJob] = [ctx.task("etlTransform"), ctx.task("etlAsyncio")];
    const python = interpreterUnavailableReason() ? null : await Interpreter.start(WORKERS);
    try {
      const eventLoop = await startPool(1);
      let lastGilRun: InterpreterRun | null = null;
      const threads = async (mode: "gil" | "free-threaded", records: number, count: number) => {
        // Free threads also do the extra work their build costs a single thread.
        const free = mode === "free-threaded";
        const programs = etlPrograms(records, waitMs, count);
        const run = await (python as Interpreter).run({
          mode,
          switchIntervalMs,
          programs: free ? programs.map(payFreeThreadedCost) : programs,
          compute: transform,
          signal,
        });
        const outputs = run.threads.flatMap((thread) =>
          free ? withoutCost(thread.results) : thread.results,
        );
        const facts = { transformed: outputs.length, lastOutput: outputs.at(-1) ?? null };
        return { run, facts: { ...facts, handoffs: run.handoffs } };
      };
      const threadSeries: Series[] = [
        { name: SERIAL, run: async (records) => (await threads("gil", records, 1)).facts },
        {
          name: GIL_THREADS,
          run: async (records) => {
            const { run, facts } = await threads("gil", records, WORKERS);
            lastGilRun = run;
            return facts;
          },
        },
        {
          name: FREE_THREADS,
          run: async (records) => (await threads("free-threaded", records, WORKERS)).facts,
        },
      ];
      const asyncio: Series = {
        name: ASYNCIO,
        run: (records) =>
          eventLoop.apply(
            eventLoopJob,
            { shares: etlShares(records, WORKERS), waitMs, transformN: TRANSFORM_N },
            { signal },
          ),
      };
      const samples = await sweep({
        xs: geometricSizes(Math.max(1, Math.round(maxRecords / 4)), maxRecords, 3),
        series: python ? [...threadSeries, asyncio] : [asyncio],
        trials,
        signal,
        onProgress: progress,
      });
      return { samples, ...(lastGilRun ? { timeline: threadTimeline(lastGilRun) } : {}) };
    } finally {
      python?.terminate();
    }
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  prediction: {
    kind: "choice",
    choices: ["clearly faster than serial", "no faster than serial"],
    answer(results) {
      const faster = fasterBeyondSpread(results, GIL_THREADS, SERIAL, largestX(results));
      if (faster === null) return null;
      return faster ? "clearly faster than serial" : "no faster than serial";
    },
  },
  expects: {
    claim: `With the most records, the ${GIL_THREADS} finish sooner than one thread, beyond the trials' spread.`,
    holds: (results) => fasterBeyondSpread(results, GIL_THREADS, SERIAL, largestX(results)),
    tryNext: "raise the wait per read or write, so the waits outweigh the transform",
  },
  headline(results) {
    const most = largestX(results);
    const at = (series: string) => medianAt(results, series, most);
    const [serial, gil, free, asyncio] = [
      at(SERIAL),
      at(GIL_THREADS),
      at(FREE_THREADS),
      at(ASYNCIO),
    ];
    if (asyncio === undefined) return null;
    const where = `With ${most} records (medians)`;
    const skipped = skippedThreads(results);
    if (skipped || serial === undefined || gil === undefined || free === undefined) {
      return `${skipped ?? ""} ${where}: asyncio took ${formatMs(asyncio)} ms.`.trim();
    }
    return `${where}: serial took ${formatMs(serial)} ms. Against it, ${GIL_THREADS} were ${compared(gil, serial)}, ${FREE_THREADS} ${compared(free, serial)} and ${ASYNCIO} ${compared(asyncio, serial)}.`;
  },

  timelineTitle(results) {
    const most = largestX(results);
    return `Inside ${GIL_THREADS}: their last run with ${most} records, one lane per thread. Each thread holds the GIL only to transform a record; it lets go for every read and write, so the waits overlap.`;
  },
  timelineColors: THREAD_TIMELINE_COLORS,
};
