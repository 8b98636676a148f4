import type { Experiment, KernelTask, Sample, WorkerPool } from "../../kit";
import {
  formatMs,
  largestX,
  median,
  medianAt,
  runtimeChart,
  samplesOf,
  seededRandom,
  settle,
  trialsParam,
  xsOf,
} from "../../kit";
import kernelSource from "../../workers/kernels/primes.ts?raw";
import python from "./map_variants.py?raw";
import experimentSource from "./map-variants.ts?raw";

type Variant = "map" | "imap" | "imap_unordered";
const VARIANTS: Variant[] = ["map", "imap", "imap_unordered"];

/** Uneven tasks, the same for every run: the primes below a random bound (seed 42). */
function unevenTasks(count: number): { from: number; to: number }[] {
  const random = seededRandom(42);
  return Array.from({ length: count }, () => ({
    from: 0,
    to: 2_000 + Math.floor(random() * 150_000),
  }));
}

/**
 * Runs one variant and notes when the caller holds each result, in ms from the call, and the most
 * finished results that were waiting, not yet in the caller's hands, at any hand-over.
 */
async function timeVariant(
  pool: WorkerPool,
  countPrimes: KernelTask<"countPrimes">,
  variant: Variant,
  tasks: { from: number; to: number }[],
  signal: AbortSignal,
) {
  const arrived: number[] = [];
  const options = {
    chunkSize: 1,
    signal,
    onChunk: (r: { receivedAt: number }) => arrived.push(r.receivedAt),
  };
  const start = performance.now();
  const usable: number[] = [];
  if (variant === "map") {
    await pool.map(countPrimes, tasks, options);
    const end = performance.now();
    for (const _ of tasks) usable.push(end);
  } else {
    const stream =
      variant === "imap"
        ? pool.imap(countPrimes, tasks, options)
        : pool.imapUnordered(countPrimes, tasks, options);
    for await (const _ of stream) usable.push(performance.now());
  }
  // When the caller gets its k-th result, how many other finished results exist that it does
  // not hold yet: all but one for map, the ones stuck behind a slow earlier task for imap.
  const waiting = usable.map((t, k) => arrived.filter((a) => a <= t).length - (k + 1));
  return { usableMs: usable.map((t) => t - start), mostHeldBack: Math.max(0, ...waiting) };
}

export const mapVariants: Experiment<"tasks" | "trials"> = {
  id: "map-variants",
  title: "map, imap and imap_unordered: when can you use a result?",
  params: {
    tasks: {
      label: "Tasks",
      default: 16,
      quick: 8,
      min: 4,
      max: 64,
      step: 1,
      unit: "tasks",
      control: "number",
    },
    trials: trialsParam(7),
  },
  sources: [
    { name: "lessons/pools/map-variants.ts", language: "typescript", code: experimentSource },
    { name: "workers/kernels/primes.ts", language: "typescript", code: kernelSource },
  ],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  python,
  pythonRun: { fileName: "map_variants.py" },
  requires: [],
  x: { name: "results in hand", unit: "results" },

  async run({ tasks: count, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const countPrimes = ctx.task("countPrimes"); // or the reader's edited version
    const pool = await startPool(cores);
    const tasks = unevenTasks(count);
    await pool.map(countPrimes, tasks, { signal }); // warm-up
    const samples: Sample[] = [];
    const total = trials * VARIANTS.length;
    const began = performance.now();
    for (let trial = 0; trial < trials; trial++) {
      for (const variant of VARIANTS) {
        signal.throwIfAborted();
        const { usableMs, mostHeldBack } = await timeVariant(
          pool,
          countPrimes,
          variant,
          tasks,
          signal,
        );
        for (const [k, ms] of usableMs.entries()) {
          samples.push({ series: variant, x: k + 1, trial, ms, mostHeldBack });
        }
        const done = trial * VARIANTS.length + VARIANTS.indexOf(variant) + 1;
        const remainingMs = ((performance.now() - began) / done) * (total - done);
        progress({ samples: [...samples], fraction: done / total, remainingMs });
        await settle();
      }
    }
    return { samples };
  },

  chart(results, Plot) {
    const base = runtimeChart(results, Plot, { x: "linear", y: "linear" });
    return {
      ...base,
      ariaLabel: "When the caller holds its k-th result, for map, imap and imap_unordered",
      // Ticks at whole results only (1, 2, 3…, never 1.5), and the shared tick format.
      x: { ...base.x, ticks: xsOf(results) },
      y: { ...base.y, label: "↑ ms until the caller holds it", zero: true },
    };
  },

  prediction: {
    kind: "choice",
    choices: VARIANTS,
    answer(results) {
      const firsts = VARIANTS.map((variant) => ({
        variant,
        ms: medianAt(results, variant, 1),
      }));
      if (firsts.some(({ ms }) => ms === undefined)) return null;
      const soonest = firsts.reduce((a, b) => ((b.ms as number) < (a.ms as number) ? b : a));
      return soonest.variant;
    },
  },
  expects: {
    claim: "imap_unordered hands over its first result sooner than map does (medians).",
    holds(results) {
      const map = medianAt(results, "map", 1);
      const unordered = medianAt(results, "imap_unordered", 1);
      return map === undefined || unordered === undefined ? null : unordered < map;
    },
    tryNext: "raise Tasks, so that map waits for more of them before it hands over anything",
  },
  headline(results) {
    const first = (series: string) => medianAt(results, series, 1);
    const held = (series: string) =>
      median(samplesOf(results, series).map((s) => s.mostHeldBack as number));
    const [map, imap, unordered] = VARIANTS.map(first);
    if (map === undefined || imap === undefined || unordered === undefined) return null;
    const count = largestX(results);
    return `First result in hand after ${formatMs(map)} ms with map, ${formatMs(imap)} ms with imap, ${formatMs(unordered)} ms with imap_unordered. At a hand-over, up to ${held("map")} finished results were waiting with map, ${held("imap")} with imap (stuck behind a slower earlier task), ${held("imap_unordered")} with imap_unordered (medians of ${count}-task runs).`;
  },
};
