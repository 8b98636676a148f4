import type { ParamSpec, Results, Step } from "../../kit";

/** The lesson's threads and processes: four, as in the classic demonstration. */
export const WORKERS = 4;

/** CPython's `sys.setswitchinterval`, 5 ms by default, as a control the experiments share. */
export const SWITCH_INTERVAL: ParamSpec = {
  label: "Switch interval",
  default: 5,
  min: 0.5,
  max: 50,
  step: 0.5,
  unit: "ms",
  control: "range",
};

/** Series names, shared by the experiments, their headlines and the tests. */
export const SERIAL = "serial (1 thread)";
export const GIL_THREADS = `${WORKERS} threads (GIL)`;
export const FREE_THREADS = `${WORKERS} threads (free-threaded)`;
export const PROCESSES = `${WORKERS} processes`;
export const POOL = `pool of ${WORKERS}`;
export const ASYNCIO = "asyncio (1 thread)";

/**
 * What the free-threaded build costs a single thread, as a share of its work. The build runs
 * one thread slower than the default build: PEP 779 (3.14t, officially supported) expects about
 * 10–15 % slower, with 15 % as its hard target. The page models an eighth, as extra work the
 * free threads really do; it is not a measurement of CPython.
 */
export const FREE_THREADED_COST = 0.125;

/**
 * The n whose search costs about FREE_THREADED_COST of the n-th prime's. Trial division's work
 * grows about as n^1.5, so a quarter of n costs an eighth (series.test.ts counts the divisions).
 */
export const costN = (n: number): number => Math.max(1, Math.round(n / 4));

/**
 * A free thread's program: before each computation, the extra eighth its build costs. Every
 * `compute` step yields one result, so the extra ones are the even-numbered results.
 */
export function payFreeThreadedCost(program: readonly Step[]): Step[] {
  return program.flatMap((step): Step[] =>
    step.do === "compute" ? [{ do: "compute", n: costN(step.n) }, step] : [step],
  );
}

/** The results of a program that paid the cost, without those of the extra work. */
export const withoutCost = <T>(results: readonly T[]): T[] => results.filter((_, i) => i % 2 === 1);

/** The convoy experiment's series. */
export const ALONE = "I/O thread alone (GIL)";
export const WITH_CPU = "beside a CPU-bound thread (GIL)";
export const WITH_CPU_FREE = "beside a CPU-bound thread (free-threaded)";

/** The main-thread experiment's series: two readings per run, the frames and the keys. */
export const PAGE_FRAMES = "on the page's thread: longest gap between frames";
export const PAGE_KEYS = "on the page's thread: slowest key press";
export const WORKER_FRAMES = "in a worker: longest gap between frames";
export const WORKER_KEYS = "in a worker: slowest key press";

/** Colours of a threads timeline. */
export const THREAD_TIMELINE_COLORS: Record<string, string> = {
  running: "var(--accent)",
  "waiting for the GIL": "var(--warn)",
  "in I/O": "var(--muted)",
};

/**
 * What a headline says when the thread series did not run: their lock lives in shared memory,
 * which the browser that ran them did not give. Read from the results (they hold no thread
 * series), so it holds for imported results too. Null when they ran.
 */
export function skippedThreads(results: Results): string | null {
  const threadSeries = [SERIAL, GIL_THREADS, FREE_THREADS];
  if (results.samples.some((sample) => threadSeries.includes(sample.series))) return null;
  const why = results.environment.crossOriginIsolated
    ? "which this browser did not give the page, although the page was cross-origin isolated"
    : "which browsers allow only on cross-origin-isolated pages, and this page was not one";
  return `Serial and the thread series did not run: their shared lock needs SharedArrayBuffer, ${why}.`;
}

/** "1.52× faster" or "1.08× slower": how `ms` compares with `baseline`. */
export function compared(ms: number, baseline: number): string {
  const ratio = baseline / ms;
  return ratio >= 1 ? `${ratio.toFixed(2)}× faster` : `${(1 / ratio).toFixed(2)}× slower`;
}
