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
  overlapMs,
  runtimeChart,
  type Series,
  samplesOf,
  sweep,
  threadTimeline,
  trialsParam,
} from "../../kit";
import gilSource from "../../workers/gil/gil.ts?raw";
import threadSource from "../../workers/gil/thread.ts?raw";
import kernelSource from "../../workers/kernels/nth-prime.ts?raw";
import python from "./nth_prime.py?raw";
import { computeAll } from "./programs";
import {
  compared,
  FREE_THREADED_COST,
  FREE_THREADS,
  GIL_THREADS,
  POOL,
  PROCESSES,
  payFreeThreadedCost,
  SERIAL,
  SWITCH_INTERVAL,
  skippedThreads,
  THREAD_TIMELINE_COLORS,
  WORKERS,
  withoutCost,
} from "./series";
import experimentSource from "./threads-vs-processes.ts?raw";

/** The four neighbouring N whose primes are found: about equal work each. */
const neighbours = (n: number) => Array.from({ length: WORKERS }, (_, i) => n + i);
/** One of them for each thread. */
const onePerThread = (n: number) => neighbours(n).map((k) => [k]);

/**
 * Find the N-th prime for four neighbouring N: serially, in four threads under the GIL, in four
 * free threads, in four freshly started processes, and in a pool of four started beforehand.
 */
export const threadsVsProcesses: Experiment<"maxN" | "switchIntervalMs" | "trials"> = {
  id: "threads-vs-processes",
  title: "CPU-bound: the N-th prime, four times",
  params: {
    maxN: {
      label: "Largest N",
      default: 100_000,
      quick: 4_000,
      min: 1_000,
      max: 400_000,
      step: 1,
      unit: "",
      control: "number",
    },
    switchIntervalMs: SWITCH_INTERVAL,
    trials: trialsParam(3),
  },
  sources: [
    { name: "workers/kernels/nth-prime.ts", language: "typescript", code: kernelSource },
    { name: "workers/gil/gil.ts", language: "typescript", code: gilSource },
    { name: "workers/gil/thread.ts", language: "typescript", code: threadSource },
    {
      name: "lessons/gil/threads-vs-processes.ts",
      language: "typescript",
      code: experimentSource,
    },
  ],
  // Threads and processes run the same function: the reader's version, once edited.
  task: { source: "workers/kernels/nth-prime.ts", kernels: ["nthPrime"] },
  python,
  requires: [],
  x: { name: "N", unit: "primes" },

  async run({ maxN, switchIntervalMs, trials }, ctx) {
    const { signal, progress, startPool } = ctx;
    const compute = ctx.task("nthPrime");
    // Threads and the reused pool start before the clock; the four processes start inside it.
    const python = interpreterUnavailableReason() ? null : await Interpreter.start(WORKERS);
    try {
      const pool = await startPool(WORKERS);
      let lastGilRun: InterpreterRun | null = null;
      // Each thread finds the primes of its list, in turn. Free threads also do the extra work
      // their build costs a single thread (FREE_THREADED_COST); `searches` counts it.
      const threads = async (mode: "gil" | "free-threaded", programs: number[][]) => {
        const free = mode === "free-threaded";
        const run = await (python as Interpreter).run({
          mode,
          switchIntervalMs,
          programs: programs.map((ns) =>
            free ? payFreeThreadedCost(computeAll(ns)) : computeAll(ns),
          ),
          compute,
          signal,
        });
        const searched = run.threads.flatMap((thread) => thread.results);
        const primes = run.threads.flatMap((thread) =>
          free ? withoutCost(thread.results) : thread.results,
        );
        const facts = { lastPrime: Math.max(...primes), searches: searched.length };
        return { run, facts: { ...facts, handoffs: run.handoffs } };
      };
      const threadSeries: Series[] = [
        { name: SERIAL, run: async (n) => (await threads("gil", [neighbours(n)])).facts },
        {
          name: GIL_THREADS,
          run: async (n) => {
            const { run, facts } = await threads("gil", onePerThread(n));
            lastGilRun = run;
            return facts;
          },
        },
        {
          name: FREE_THREADS,
          run: async (n) => (await threads("free-threaded", onePerThread(n))).facts,
        },
      ];
      const processSeries: Series[] = [
        {
          name: PROCESSES,
          run: async (n) => {
            const fresh = await startPool(WORKERS);
            try {
              const primes = await fresh.map(compute, neighbours(n), { chunkSize: 1, signal });
              return { lastPrime: Math.max(...primes) };
            } finally {
              fresh.terminate();
            }
          },
        },
        {
          name: POOL,
          run: async (n) => {
            const primes = await pool.map(compute, neighbours(n), { chunkSize: 1, signal });
            return { lastPrime: Math.max(...primes) };
          },
        },
      ];
      const samples = await sweep({
        xs: geometricSizes(maxN / 4, maxN, 3),
        series: python ? [...threadSeries, ...processSeries] : processSeries,
        trials,
        signal,
        onProgress: progress,
      });
      return {
        samples,
        ...(lastGilRun ? { timeline: threadTimeline(lastGilRun) } : {}),
      };
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
    claim: `At the largest N, the ${GIL_THREADS} are no faster than one thread beyond the trials' spread.`,
    holds(results) {
      const faster = fasterBeyondSpread(results, GIL_THREADS, SERIAL, largestX(results));
      return faster === null ? null : !faster;
    },
    tryNext: "look at the timeline: while one thread runs, the others wait for the lock",
  },
  headline(results) {
    const largest = largestX(results);
    const at = (series: string) => medianAt(results, series, largest);
    const [serial, gil, free, processes, pool] = [
      at(SERIAL),
      at(GIL_THREADS),
      at(FREE_THREADS),
      at(PROCESSES),
      at(POOL),
    ];
    const skipped = skippedThreads(results);
    if (processes === undefined || pool === undefined) return null;
    const where = `At N = ${largest.toLocaleString("en")} (medians)`;
    if (skipped || serial === undefined || gil === undefined || free === undefined) {
      return `${skipped ?? ""} ${where}: ${PROCESSES} took ${formatMs(processes)} ms, their start included, and the ${POOL} ${formatMs(pool)} ms.`.trim();
    }
    return `${where}: serial took ${formatMs(serial)} ms. Against it, ${GIL_THREADS} were ${compared(gil, serial)}, ${FREE_THREADS} ${compared(free, serial)} (paying the build's ${FREE_THREADED_COST * 100} % single-thread cost), ${PROCESSES} ${compared(processes, serial)} (their start included) and the ${POOL} ${compared(pool, serial)}.`;
  },

  timelineTitle(results) {
    const largest = largestX(results);
    const last = samplesOf(results, GIL_THREADS, largest).at(-1);
    const overlap = overlapMs(results.timeline ?? []);
    return `Inside ${GIL_THREADS}: their last run at N = ${largest.toLocaleString("en")}, switch interval ${results.params.switchIntervalMs} ms, one lane per thread. The GIL changed hands ${last?.handoffs} times; two threads ran at the same moment for ${overlap.toFixed(2)} ms in all.`;
  },
  timelineColors: THREAD_TIMELINE_COLORS,
};
