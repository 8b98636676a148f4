import type { Experiment } from "../../app/engine/experiment";
import { collectReadings } from "../../app/engine/readings";
import { ResponsivenessProbe } from "../../app/engine/responsiveness";
import probeSource from "../../app/engine/responsiveness.ts?raw";
import { geometricSizes, quantile } from "../../app/engine/stats";
import { runtimeChart } from "../../app/notebook/charts";
import { formatMs } from "../../app/notebook/format";
import { nthPrime } from "../../workers/kernels/nth-prime";
import python from "./frozen_gui.py?raw";
import experimentSource from "./page-thread.ts?raw";
import { medianAt, PAGE_FRAMES, PAGE_KEYS, WORKER_FRAMES, WORKER_KEYS } from "./series";

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
    { name: "lessons/gil/page-thread.ts", language: "typescript", code: experimentSource },
    { name: "app/engine/responsiveness.ts", language: "typescript", code: probeSource },
  ],
  python,
  requires: [],
  x: { name: "N", unit: "primes" },
  measured: "Longest pause",

  async run({ maxN, runs }, { signal, progress, startPool }) {
    const worker = await startPool(1);
    const watched = async (frames: string, keys: string, work: () => unknown) => {
      const probe = new ResponsivenessProbe();
      try {
        await probe.frames(FRAMES_BEFORE);
        const began = performance.now();
        await work();
        const workMs = performance.now() - began;
        await probe.frames(FRAMES_AFTER);
        const seen = probe.stop();
        return [
          { series: frames, ms: seen.longestFrameGapMs, framesDropped: seen.framesDropped, workMs },
          { series: keys, ms: seen.slowestKeystrokeMs, keystrokes: seen.keystrokes, workMs },
        ];
      } finally {
        probe.stop();
      }
    };
    const samples = await collectReadings({
      xs: geometricSizes(maxN / 4, maxN, 3),
      series: [
        {
          name: "on the page's thread",
          run: (n) => watched(PAGE_FRAMES, PAGE_KEYS, () => nthPrime(n)),
        },
        {
          name: "in a worker",
          run: (n) =>
            watched(WORKER_FRAMES, WORKER_KEYS, () => worker.apply("nthPrime", n, { signal })),
        },
      ],
      runs,
      signal,
      onProgress: progress,
    });
    return { samples };
  },

  chart: (results) => runtimeChart(results, { x: "log", y: "log", yLabel: "longest pause" }),

  headline(results) {
    const largest = Math.max(...results.summary.map((row) => row.x));
    const at = (series: string) => medianAt(results, series, largest);
    const [pageFrames, pageKeys, workerFrames, workerKeys] = [
      at(PAGE_FRAMES),
      at(PAGE_KEYS),
      at(WORKER_FRAMES),
      at(WORKER_KEYS),
    ];
    if ([pageFrames, pageKeys, workerFrames, workerKeys].includes(undefined)) return null;
    const workMs = results.samples
      .filter((s) => s.series === PAGE_FRAMES && s.x === largest)
      .map((s) => Number(s.workMs))
      .sort((a, b) => a - b);
    return `At N = ${largest.toLocaleString("en")} (medians): on the page's thread the work took ${formatMs(quantile(workMs, 0.5))} ms, the page drew no frame for ${formatMs(pageFrames as number)} ms and a key press waited ${formatMs(pageKeys as number)} ms. In a worker: ${formatMs(workerFrames as number)} ms between frames, ${formatMs(workerKeys as number)} ms for a key.`;
  },
};
