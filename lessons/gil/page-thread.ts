import probeSource from "../../engine/responsiveness.ts?raw";
import type { Experiment, RunOutput } from "../../kit";
import {
  collectReadings,
  fasterBeyondSpread,
  formatMs,
  frameBars,
  geometricSizes,
  largestX,
  medianAt,
  medianField,
  ResponsivenessProbe,
  runtimeChart,
  samplesOf,
} from "../../kit";
import { nthPrime } from "../../workers/kernels/nth-prime";
import kernelSource from "../../workers/kernels/nth-prime.ts?raw";
import python from "./frozen_gui.py?raw";
import experimentSource from "./page-thread.ts?raw";
import { PAGE_FRAMES, PAGE_KEYS, WORKER_FRAMES, WORKER_KEYS } from "./series";

/** Where the work runs, and the two series each run of it gives. */
interface Place {
  name: string;
  frames: string;
  keys: string;
}
const PAGE: Place = { name: "page", frames: PAGE_FRAMES, keys: PAGE_KEYS };
const WORKER: Place = { name: "worker", frames: WORKER_FRAMES, keys: WORKER_KEYS };

/** The prediction's choices: which place's work froze the page's frames longer. */
const FROZE_PAGE = "the work on the page's thread";
const FROZE_WORKER = "the work in the worker";
const FROZE_NEITHER = "neither, or both alike";

type TimelineRow = NonNullable<RunOutput["timeline"]>[number];

/** Frames to watch before and after the work, so the usual frame rate is known. */
const FRAMES_BEFORE = 6;
const FRAMES_AFTER = 3;

/**
 * The same CPU-bound work on the page's own thread and in a worker, while a probe watches the
 * page: its animation frames, and a typist's key presses.
 */
export const pageThread: Experiment<"maxN" | "runs"> = {
  id: "page-thread",
  title: "The main thread: frozen or free",
  freezesPage:
    "On purpose, half of each run works on this page's own thread: the page freezes for a moment, and the probe measures how long.",
  params: {
    maxN: {
      label: "Largest N",
      default: 200_000,
      quick: 20_000,
      min: 1_000,
      max: 400_000,
      step: 1,
      unit: "",
      control: "number",
    },
    runs: {
      label: "Runs per point",
      default: 2,
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
    { name: "lessons/gil/page-thread.ts", language: "typescript", code: experimentSource },
    { name: "engine/responsiveness.ts", language: "typescript", code: probeSource },
  ],
  task: {
    source: "workers/kernels/nth-prime.ts",
    kernels: ["nthPrime"],
    pageSeries: [PAGE_FRAMES, PAGE_KEYS],
  },
  python,
  requires: [],
  x: { name: "N", unit: "primes" },
  measured: "Longest pause",

  async run({ maxN, runs }, ctx) {
    const { signal, progress, startPool } = ctx;
    const task = ctx.task("nthPrime");
    const worker = await startPool(1);
    const xs = geometricSizes(maxN / 4, maxN, 3);
    const largest = Math.max(...xs);
    // The latest run of each place at the largest N, drawn as the timeline.
    const shown = new Map<string, TimelineRow[]>();
    const watched = async (place: Place, n: number, work: () => unknown) => {
      const probe = new ResponsivenessProbe();
      const origin = performance.now();
      let began: number;
      let ended: number;
      try {
        await probe.frames(FRAMES_BEFORE, signal);
        began = performance.now();
        await work();
        ended = performance.now();
        await probe.frames(FRAMES_AFTER, signal);
      } finally {
        probe.stop(); // also when the work failed or the reader stopped the run
      }
      const seen = probe.stop();
      if (n === largest) {
        shown.set(place.name, [
          ...frameBars(seen.frameTimes, origin, `${place.name}: frames`),
          {
            lane: `${place.name}: work`,
            kind: "the work",
            start: began - origin,
            end: ended - origin,
          },
        ]);
      }
      const workMs = ended - began;
      return [
        {
          series: place.frames,
          ms: seen.longestFrameGapMs,
          framesDropped: seen.framesDropped,
          workMs,
        },
        { series: place.keys, ms: seen.slowestKeystrokeMs, keystrokes: seen.keystrokes, workMs },
      ];
    };
    const samples = await collectReadings({
      xs,
      series: [
        // The reader's edited code never runs on the page: then only the worker's half runs.
        ...(ctx.edited
          ? []
          : [{ name: PAGE.name, run: (n: number) => watched(PAGE, n, () => nthPrime(n)) }]),
        {
          name: WORKER.name,
          run: (n) => watched(WORKER, n, () => worker.apply(task, n, { signal })),
        },
      ],
      runs,
      signal,
      onProgress: progress,
    });
    return { samples, timeline: [...shown.values()].flat() };
  },

  chart: (results, Plot) =>
    runtimeChart(results, Plot, { x: "log", y: "log", yLabel: "longest pause" }),

  prediction: {
    kind: "choice",
    choices: [FROZE_PAGE, FROZE_WORKER, FROZE_NEITHER],
    answer(results) {
      const largest = largestX(results);
      const pageLonger = fasterBeyondSpread(results, WORKER_FRAMES, PAGE_FRAMES, largest);
      const workerLonger = fasterBeyondSpread(results, PAGE_FRAMES, WORKER_FRAMES, largest);
      if (pageLonger === null || workerLonger === null) return null;
      return pageLonger ? FROZE_PAGE : workerLonger ? FROZE_WORKER : FROZE_NEITHER;
    },
  },
  expects: {
    claim:
      "At the largest N, the page's longest gap between frames is longer with the work on its own thread than in a worker, beyond the runs' spread.",
    holds: (results) => fasterBeyondSpread(results, WORKER_FRAMES, PAGE_FRAMES, largestX(results)),
    tryNext: "raise Largest N, so that the work outlasts a frame (about 17 ms)",
  },
  headline(results) {
    const largest = largestX(results);
    const at = (series: string) => medianAt(results, series, largest);
    const pageFrames = at(PAGE_FRAMES);
    const pageKeys = at(PAGE_KEYS);
    const pageWorkMs = medianField(results, PAGE_FRAMES, largest, "workMs");
    const workerFrames = at(WORKER_FRAMES);
    const workerKeys = at(WORKER_KEYS);
    if (workerFrames === undefined || workerKeys === undefined) return null;
    const inWorker = `${formatMs(workerFrames)} ms between frames, ${formatMs(workerKeys)} ms for a key`;
    if (pageFrames === undefined || pageKeys === undefined || pageWorkMs === undefined) {
      return `At N = ${largest.toLocaleString("en")} (medians), with the work in a worker: ${inWorker}. The page's half did not run: it would have run edited code on the page.`;
    }
    return `At N = ${largest.toLocaleString("en")} (medians): on the page's thread the work took ${formatMs(pageWorkMs)} ms, the page drew no frame for ${formatMs(pageFrames)} ms and a key press waited ${formatMs(pageKeys)} ms. In a worker: ${inWorker}.`;
  },

  timelineTitle(results) {
    const largest = largestX(results);
    const onPage = samplesOf(results, PAGE_FRAMES).length > 0;
    const where = onPage ? "on the page's thread, then in a worker" : "in a worker";
    return `The latest run at N = ${largest.toLocaleString("en")} with the work ${where}, from when the probe started watching: when the work ran, and every gap between two frames. Red marks a gap in which the page missed frames.`;
  },
  timelineColors: {
    "the work": "var(--accent)",
    "frames on time": "var(--ok)",
    "frames missed": "var(--bad)",
  },
};
