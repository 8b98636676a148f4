import { WorkerPool } from "../../workers/pool/host/pool";
import { PythonProcess } from "../../workers/python/host/pythonProcess";
import { runPythonProgram } from "../../workers/python/host/pythonProgram";
import { spares } from "../../workers/python/host/spares";
import {
  APPLY_CALLS,
  POOL_PROGRAM,
  type PoolProgramOutput,
  ROUNDS,
  WARM_UP_CALLS,
} from "./poolProgram";
import type { Row } from "./row";
import { interquartile, median } from "./timing";

/**
 * CPython in the tab (workers/python): the first interpreter ready, with its files fetched
 * (`first`) and again from the HTTP cache (`cached`); a `Pool(2)` ready, its interpreters booted
 * then (`cached`) and taken from the spares booted between runs (`warm-spares`); an empty task's
 * round trip through `Pool.apply` once V8 has optimised the interpreter (and, on their own, a new
 * pool's first calls), against the JS pool's `apply` after as many calls, timed just before and
 * just after it (`report.ts` gives both targets); and the memory one more interpreter holds,
 * booted from the snapshot and plainly, where the browser can say.
 */
export async function pythonRuntime(): Promise<Row[]> {
  const rows: Row[] = [];
  const booted: PythonProcess[] = [];
  try {
    for (const subject of ["first", "cached"]) {
      const process = await PythonProcess.boot(`bench-${subject}`);
      booted.push(process);
      rows.push({ metric: "python-start-ms", subject, value: process.bootMs, unit: "ms" });
    }
    // Before any worker of this page ends: Chromium's memory measure taken after a worker was
    // terminated never answered here.
    rows.push(...(await megabytesPerInterpreter(booted)));
  } finally {
    for (const process of booted) process.end();
  }
  const cached = await poolProgram();
  await spares.refill();
  const jsBatches = await jsApplyBatches();
  const warm = await poolProgram();
  jsBatches.push(...(await jsApplyBatches()));
  const js = median(jsBatches);
  const apply = median(warm.apply_batches_us);
  rows.push(
    { metric: "python-pool-start-ms", subject: "cached", value: cached.ready_ms, unit: "ms" },
    { metric: "python-pool-start-ms", subject: "warm-spares", value: warm.ready_ms, unit: "ms" },
    {
      metric: "python-task-overhead-us",
      subject: "pool-apply (first 100 calls of a new pool)",
      value: warm.fresh_apply_us,
      unit: "µs",
    },
    {
      metric: "python-task-overhead-us",
      subject: "pool-apply (calls 501–1,000 of a new pool)",
      value: warm.early_apply_us,
      unit: "µs",
    },
    {
      metric: "python-task-overhead-us",
      subject: "pool-apply",
      value: apply,
      unit: "µs",
      spread: interquartile(warm.apply_batches_us),
    },
    {
      metric: "python-task-overhead-us",
      subject: "js-pool-apply",
      value: js,
      unit: "µs",
      spread: interquartile(jsBatches),
    },
    {
      metric: "python-task-overhead-ratio",
      subject: "python/js (target ≤ 3)",
      value: apply / js,
      unit: "×",
    },
  );
  return rows;
}

async function poolProgram(): Promise<PoolProgramOutput> {
  let printed = "";
  const result = await runPythonProgram(
    { fileName: "bench.py", code: POOL_PROGRAM },
    {
      onOutput: (stream, text) => {
        if (stream === "stdout") printed += text;
      },
      signal: new AbortController().signal,
    },
  );
  if (result.exitCode !== 0) throw new Error(`The bench program exited with ${result.exitCode}.`);
  return JSON.parse(printed);
}

/**
 * `ROUNDS` batches of the JS pool's empty `apply` (its shared-memory path, on this isolated page),
 * in µs per call, after as many warm-up calls as the Python pool's.
 */
async function jsApplyBatches(): Promise<number[]> {
  const pool = await WorkerPool.start(2);
  try {
    for (let i = 0; i < WARM_UP_CALLS; i++) await pool.apply("identity", 0);
    const batches: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      for (let i = 0; i < APPLY_CALLS; i++) await pool.apply("identity", 0);
      batches.push(((performance.now() - started) * 1000) / APPLY_CALLS);
    }
    return batches;
  } finally {
    pool.terminate();
  }
}

type Measure = () => Promise<{ bytes: number }>;

const MEMORY_ROUNDS = 3;
/** Chromium answers after its next garbage collection, here within 15 s. */
const MEASURE_LIMIT_MS = 60_000;

/**
 * The page's memory grown by one more idle interpreter (Chromium's own measure), booted from the
 * snapshot and plainly, alternately: the median of 3 each, with their range as the spread. Each
 * one booted joins `booted`, for the caller to end once every measure is taken.
 */
async function megabytesPerInterpreter(booted: PythonProcess[]): Promise<Row[]> {
  const measureMemory = (performance as Performance & { measureUserAgentSpecificMemory?: Measure })
    .measureUserAgentSpecificMemory;
  if (!measureMemory) return [];
  const bytesNow = () => withinLimit(measureMemory.call(performance));
  const grown = { snapshot: [] as number[], plain: [] as number[] };
  let before = await bytesNow();
  for (let round = 0; round < MEMORY_ROUNDS; round++) {
    for (const kind of ["snapshot", "plain"] as const) {
      const fromSnapshot = kind === "snapshot";
      booted.push(await PythonProcess.boot("bench-memory", undefined, { fromSnapshot }));
      const after = await bytesNow();
      grown[kind].push((after - before) / 1e6);
      before = after;
    }
  }
  return [
    { subject: "per-interpreter (from the snapshot)", ...medianOf(grown.snapshot) },
    { subject: "per-interpreter (booted plainly)", ...medianOf(grown.plain) },
  ].map((row) => ({ metric: "python-memory-mb", ...row, unit: "MB" }));
}

async function withinLimit(measuring: Promise<{ bytes: number }>): Promise<number> {
  let timer = 0;
  const late = new Promise<never>((_, reject) => {
    timer = window.setTimeout(
      () =>
        reject(
          new Error(`The browser's memory measure did not answer in ${MEASURE_LIMIT_MS / 1000} s.`),
        ),
      MEASURE_LIMIT_MS,
    );
  });
  try {
    return (await Promise.race([measuring, late])).bytes;
  } finally {
    window.clearTimeout(timer);
  }
}

/** The median, with the whole range as the spread (3 rounds have no useful quartiles). */
function medianOf(values: number[]) {
  const spread = { low: Math.min(...values), high: Math.max(...values), rounds: values.length };
  return { value: median(values), spread };
}
