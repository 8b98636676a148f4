import type { Experiment, Results, Sample } from "../../kit";
import {
  amdahlSpeedup,
  BAND_OPACITY,
  fitSerialFraction,
  medianAt,
  pointsOf,
  settle,
  trialsParam,
} from "../../kit";
import kernelSource from "../../workers/kernels/primes.ts?raw";
import python from "./worker_count.py?raw";
import experimentSource from "./worker-count.ts?raw";

/** 48 equal tasks, so every pool size from 1 to 16 gets an even share. */
const TASKS = 48;
/** One task: the primes between one million and a bit more; equal work every time. */
const taskOfWidth = (width: number) => ({ from: 1_000_000, to: 1_000_000 + width });
/** The one series measured; the chart draws the fitted and perfect curves beside it. */
export const MEASURED = "measured";

/** The prediction's choices: twice as many workers as cores, against one per core. */
const MORE_FASTER = "faster";
const MORE_SAME = "the same, within the trials' spread";
const MORE_SLOWER = "slower";

/** The summary row of `workers` workers, if measured. */
const pointAt = (results: Results, workers: number) =>
  pointsOf(results, MEASURED).find((row) => row.x === workers);

interface SpeedupPoint {
  cores: number;
  speedup: number;
  low: number;
  high: number;
}

/** Speedup against the one-worker median, with the band from the 95th and 5th percentiles. */
export function speedups(results: Results): SpeedupPoint[] {
  const one = medianAt(results, MEASURED, 1);
  if (one === undefined) return [];
  return pointsOf(results, MEASURED).map((row) => ({
    cores: row.x,
    speedup: one / row.q50,
    low: one / row.q95,
    high: one / row.q05,
  }));
}

export const workerCount: Experiment<"taskWidth" | "trials"> = {
  id: "worker-count",
  title: "How many workers? Speedup from 1 to twice the cores",
  params: {
    taskWidth: {
      label: "Numbers per task",
      default: 50_000,
      quick: 5_000,
      min: 1_000,
      max: 100_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "lessons/pools/worker-count.ts", language: "typescript", code: experimentSource },
    { name: "workers/kernels/primes.ts", language: "typescript", code: kernelSource },
  ],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  python,
  pythonRun: { fileName: "worker_count.py" },
  requires: [],
  x: { name: "workers", unit: "workers" },

  async run({ taskWidth, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const countPrimes = ctx.task("countPrimes"); // or the reader's edited version
    const tasks = Array.from({ length: TASKS }, () => taskOfWidth(taskWidth));
    const counts = Array.from({ length: 2 * cores }, (_, i) => i + 1);
    const samples: Sample[] = [];
    const began = performance.now();
    // A pool per size, started before its clock and stopped after, so only one exists at a time.
    for (const [done, workers] of counts.entries()) {
      const pool = await startPool(workers);
      try {
        await pool.map(countPrimes, tasks.slice(0, workers), { signal }); // warm up every worker
        for (let trial = 0; trial < trials; trial++) {
          signal.throwIfAborted();
          const start = performance.now();
          await pool.map(countPrimes, tasks, { chunkSize: 1, signal });
          samples.push({ series: MEASURED, x: workers, trial, ms: performance.now() - start });
          await settle();
        }
      } finally {
        pool.terminate();
      }
      const fraction = (done + 1) / counts.length;
      progress({
        samples: [...samples],
        fraction,
        remainingMs: ((performance.now() - began) / fraction) * (1 - fraction),
      });
    }
    return { samples };
  },

  chart(results, Plot) {
    const cores = results.environment.hardwareConcurrency;
    const points = speedups(results);
    const s = fitSerialFraction(points.filter((p) => p.cores <= cores));
    const most = Math.max(...points.map((p) => p.cores), 2);
    const curve = Array.from({ length: 100 }, (_, i) => {
      const p = 1 + ((most - 1) * i) / 99;
      return { cores: p, speedup: amdahlSpeedup(s, Math.min(p, cores)) };
    });
    const jobs = [
      { cores, label: "n_jobs=-1" },
      ...(cores > 1 ? [{ cores: cores - 1, label: "n_jobs=-2" }] : []),
    ];
    return {
      ariaLabel:
        "Speedup against the number of workers: measured, Amdahl's law fitted, and perfect scaling",
      height: 320,
      x: { label: "workers →", grid: true, domain: [1, most], ticks: points.map((p) => p.cores) },
      y: {
        label: "↑ speedup over one worker (×)",
        grid: true,
        domain: [0, Math.max(cores, ...points.map((p) => p.high)) * 1.1],
      },
      color: {
        legend: true,
        domain: [MEASURED, `Amdahl fit, s = ${(s * 100).toFixed(1)} %`, "perfect"],
      },
      marks: [
        Plot.line([{ cores: 1 }, { cores: most }], {
          x: "cores",
          y: "cores",
          stroke: () => "perfect",
          clip: true,
          strokeDasharray: "4 4",
        }),
        Plot.ruleX(jobs, { x: "cores", strokeOpacity: 0.3 }),
        Plot.text(jobs, {
          x: "cores",
          y: 0,
          text: "label",
          dy: -6,
          dx: 4,
          textAnchor: "start",
          fillOpacity: 0.7,
        }),
        Plot.line(curve, {
          x: "cores",
          y: "speedup",
          stroke: () => `Amdahl fit, s = ${(s * 100).toFixed(1)} %`,
        }),
        Plot.areaY(points, {
          x: "cores",
          y1: "low",
          y2: "high",
          fill: () => MEASURED,
          fillOpacity: BAND_OPACITY,
        }),
        Plot.line(points, {
          x: "cores",
          y: "speedup",
          stroke: () => MEASURED,
          strokeWidth: 2,
          marker: "circle",
        }),
      ],
    };
  },

  prediction: {
    kind: "choice",
    choices: [MORE_FASTER, MORE_SAME, MORE_SLOWER],
    answer(results) {
      const cores = results.environment.hardwareConcurrency;
      const perCore = pointAt(results, cores);
      const most = pointAt(results, 2 * cores);
      if (!perCore || !most) return null;
      if (most.q95 < perCore.q05) return MORE_FASTER;
      return perCore.q95 < most.q05 ? MORE_SLOWER : MORE_SAME;
    },
  },
  expects: {
    claim:
      "One worker per core finishes sooner than one worker, and twice as many workers are no faster than one per core, beyond the trials' spread.",
    holds(results) {
      const cores = results.environment.hardwareConcurrency;
      const [one, perCore, most] = [1, cores, 2 * cores].map((x) => pointAt(results, x));
      if (!one || !perCore || !most) return null;
      return perCore.q95 < one.q05 && !(most.q95 < perCore.q05);
    },
    cores: 2,
    tryNext: "raise Numbers per task, so that each task outweighs handing it over",
  },
  headline(results) {
    const cores = results.environment.hardwareConcurrency;
    const points = speedups(results);
    const atCores = points.find((p) => p.cores === cores);
    const most = points.at(-1);
    if (!atCores || !most || most.cores === cores) return null;
    const s = fitSerialFraction(points.filter((p) => p.cores <= cores));
    return `${cores} workers gave ${atCores.speedup.toFixed(2)}×; ${most.cores} workers on ${cores} cores gave ${most.speedup.toFixed(2)}×. The best-fitting Amdahl curve has a serial fraction of ${(s * 100).toFixed(1)} %: overheads behave like serial work.`;
  },
};
