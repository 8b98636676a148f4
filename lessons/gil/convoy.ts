import type { Experiment, LockMode } from "../../kit";
import {
  collectReadings,
  fasterBeyondSpread,
  formatMs,
  Interpreter,
  type InterpreterRun,
  medianAt,
  type ReadingSeries,
  runtimeChart,
  threadTimeline,
} from "../../kit";
import gilSource from "../../workers/gil/gil.ts?raw";
import kernelSource from "../../workers/kernels/nth-prime.ts?raw";
import python from "./convoy.py?raw";
import experimentSource from "./convoy.ts?raw";
import { crunchProgram, replyProgram } from "./programs";
import programsSource from "./programs.ts?raw";
import { ALONE, THREAD_TIMELINE_COLORS, WITH_CPU, WITH_CPU_FREE } from "./series";

/** The switch intervals tried, in ms; CPython's default, 5 ms, among them. */
const INTERVALS = [1, 2, 5, 10, 20];
const DEFAULT_INTERVAL = 5;
/**
 * Mixed work: an I/O thread that waits for replies, alone or beside a CPU-bound thread, under
 * the GIL and free-threaded. Each reply's latency is how long after its arrival the I/O thread
 * ran Python again, at several switch intervals.
 */
export const convoy: Experiment<"replies" | "waitMs" | "runs"> = {
  id: "convoy",
  title: "Mixed: an I/O thread beside a CPU-bound one",
  params: {
    replies: {
      label: "Replies per run",
      default: 20,
      quick: 5,
      min: 2,
      max: 200,
      step: 1,
      unit: "replies",
      control: "number",
    },
    waitMs: {
      label: "Wait for each reply",
      default: 5,
      min: 1,
      max: 50,
      step: 1,
      unit: "ms",
      control: "range",
    },
    runs: {
      label: "Runs per point",
      default: 3,
      quick: 1,
      min: 1,
      max: 10,
      step: 1,
      unit: "runs",
      control: "range",
    },
  },
  sources: [
    { name: "workers/kernels/nth-prime.ts", language: "typescript", code: kernelSource },
    { name: "lessons/gil/convoy.ts", language: "typescript", code: experimentSource },
    { name: "lessons/gil/programs.ts", language: "typescript", code: programsSource },
    { name: "workers/gil/gil.ts", language: "typescript", code: gilSource },
  ],
  // Both threads' work: the replies' small search and the CPU-bound thread's long one.
  task: { source: "workers/kernels/nth-prime.ts", kernels: ["nthPrime"] },
  python,
  requires: ["sharedMemory"],
  x: { name: "switch interval", unit: "ms" },
  measured: "Reply latency",

  async run({ replies, waitMs, runs }, ctx) {
    const { signal, progress } = ctx;
    const compute = ctx.task("nthPrime");
    const python = await Interpreter.start(2);
    try {
      let shown: InterpreterRun | null = null;
      const line = (name: string, mode: LockMode, withCpu: boolean): ReadingSeries => ({
        name,
        run: async (switchIntervalMs) => {
          const io = replyProgram(replies, waitMs);
          const programs = withCpu ? [io, crunchProgram] : [io];
          const run = await python.run({ mode, switchIntervalMs, programs, compute, signal });
          if (name === WITH_CPU && switchIntervalMs === DEFAULT_INTERVAL) shown = run;
          return (run.threads[0]?.ioLatencies ?? []).map((ms) => ({ ms }));
        },
      });
      const samples = await collectReadings({
        xs: INTERVALS,
        series: [
          line(ALONE, "gil", false),
          line(WITH_CPU, "gil", true),
          line(WITH_CPU_FREE, "free-threaded", true),
        ],
        runs,
        signal,
        onProgress: progress,
      });
      const timeline = shown
        ? threadTimeline(shown, (thread) => (thread === 0 ? "I/O thread" : "CPU thread"))
        : undefined;
      return { samples, ...(timeline ? { timeline } : {}) };
    } finally {
      python.terminate();
    }
  },

  chart: (results, Plot) =>
    runtimeChart(results, Plot, { x: "linear", y: "linear", yLabel: "reply latency" }),

  prediction: {
    kind: "number",
    unit: "ms for a reply beside the CPU-bound thread",
    answer: (results) => medianAt(results, WITH_CPU, DEFAULT_INTERVAL) ?? null,
  },
  expects: {
    claim: `At the default ${DEFAULT_INTERVAL} ms switch interval, a reply beside a CPU-bound thread waits longer than a reply alone, beyond the runs' spread.`,
    holds: (results) => fasterBeyondSpread(results, ALONE, WITH_CPU, DEFAULT_INTERVAL),
    tryNext:
      "look at the timeline: after each wait, the I/O thread queues for the GIL until the CPU thread is asked to drop it",
  },
  headline(results) {
    const at = (series: string) => medianAt(results, series, DEFAULT_INTERVAL);
    const [alone, withCpu, free] = [at(ALONE), at(WITH_CPU), at(WITH_CPU_FREE)];
    if (alone === undefined || withCpu === undefined || free === undefined) return null;
    return `At the default ${DEFAULT_INTERVAL} ms switch interval (medians): a reply waited ${formatMs(withCpu)} ms before the I/O thread ran again beside a CPU-bound thread, ${formatMs(alone)} ms alone, and ${formatMs(free)} ms beside it without a GIL.`;
  },

  timelineTitle: () =>
    `Inside one run beside a CPU-bound thread, under the GIL at a ${DEFAULT_INTERVAL} ms switch interval. After each wait the I/O thread queues for the GIL until the CPU thread is asked to drop it.`,
  timelineColors: THREAD_TIMELINE_COLORS,
};
