import { WorkerPool } from "../../workers/pool/host/pool";
import { PythonProcess } from "../../workers/python/host/pythonProcess";
import { runPythonProgram } from "../../workers/python/host/pythonProgram";
import { spares } from "../../workers/python/host/spares";
import type { Row } from "./row";

const APPLY_CALLS = 100;
const ROUNDS = 5;

/**
 * The program whose clock is CPython's own `perf_counter`: how long `Pool(2)` takes until both
 * workers have run a task (they wait for each other through a shared `Value`), then the median
 * of `ROUNDS` batches of `APPLY_CALLS` empty `pool.apply` round trips.
 */
const POOL_PROGRAM = `import json, multiprocessing as mp, statistics, time

def arrive(arrived):
    global count
    count = arrived

def both_running(_):
    with count.get_lock():
        count.value += 1
    while count.value < 2:
        time.sleep(0.001)

def nothing():
    return None

if __name__ == "__main__":
    arrived = mp.Value("i", 0)
    started = time.perf_counter()
    with mp.Pool(2, initializer=arrive, initargs=(arrived,)) as pool:
        pool.map(both_running, range(2), chunksize=1)
        ready = time.perf_counter() - started
        batches = []
        for _ in range(${ROUNDS}):
            batch = time.perf_counter()
            for _ in range(${APPLY_CALLS}):
                pool.apply(nothing)
            batches.append((time.perf_counter() - batch) / ${APPLY_CALLS})
    print(json.dumps({"ready_ms": ready * 1000, "apply_us": statistics.median(batches) * 1e6}))
`;

/**
 * CPython in the tab (workers/python): the first interpreter ready, with its files fetched
 * (`first`) and again from the HTTP cache (`cached`); a `Pool(2)` ready, its interpreters booted
 * then (`cached`) and taken from the spares booted between runs (`warm-spares`); an empty task's
 * round trip through `Pool.apply`, against the JS pool's `apply` measured in the same benchmark
 * (target: at most 3×); and the memory one more interpreter holds, booted from the snapshot and
 * plainly, where the browser can say.
 */
export async function pythonRuntime(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const subject of ["first", "cached"]) {
    const process = await PythonProcess.boot(`bench-${subject}`);
    process.end();
    rows.push({ metric: "python-start-ms", subject, value: process.bootMs, unit: "ms" });
  }
  const cached = await poolProgram();
  await spares.refill();
  const warm = await poolProgram();
  rows.push(
    { metric: "python-pool-start-ms", subject: "cached", value: cached.ready_ms, unit: "ms" },
    { metric: "python-pool-start-ms", subject: "warm-spares", value: warm.ready_ms, unit: "ms" },
    { metric: "python-task-overhead-us", subject: "pool-apply", value: warm.apply_us, unit: "µs" },
  );
  const js = await jsApplyMicroseconds();
  rows.push(
    { metric: "python-task-overhead-us", subject: "js-pool-apply", value: js, unit: "µs" },
    {
      metric: "python-task-overhead-ratio",
      subject: "python/js (target ≤ 3)",
      value: warm.apply_us / js,
      unit: "×",
    },
  );
  for (const [subject, fromSnapshot] of [
    ["per-interpreter (from the snapshot)", true],
    ["per-interpreter (booted plainly)", false],
  ] as const) {
    const memory = await megabytesPerInterpreter(fromSnapshot);
    if (memory !== null) rows.push({ metric: "python-memory-mb", subject, ...memory, unit: "MB" });
  }
  return rows;
}

async function poolProgram(): Promise<{ ready_ms: number; apply_us: number }> {
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

async function jsApplyMicroseconds(): Promise<number> {
  const pool = await WorkerPool.start(2);
  try {
    for (let i = 0; i < 100; i++) await pool.apply("identity", 0);
    const batches: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      for (let i = 0; i < APPLY_CALLS; i++) await pool.apply("identity", 0);
      batches.push(((performance.now() - started) * 1000) / APPLY_CALLS);
    }
    return batches.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? Number.NaN;
  } finally {
    pool.terminate();
  }
}

/**
 * The page's memory with one more idle interpreter, less without (Chromium's own measure), booted
 * from the snapshot or plainly: the median of 3, with their range as the spread.
 */
async function megabytesPerInterpreter(
  fromSnapshot: boolean,
): Promise<{ value: number; spread: { low: number; high: number; rounds: number } } | null> {
  const measure = (
    performance as Performance & {
      measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
    }
  ).measureUserAgentSpecificMemory;
  if (!measure) return null;
  const rounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = (await measure.call(performance)).bytes;
    const process = await PythonProcess.boot("bench-memory", undefined, { fromSnapshot });
    const after = (await measure.call(performance)).bytes;
    process.end();
    rounds.push((after - before) / 1e6);
  }
  rounds.sort((a, b) => a - b);
  const [low = Number.NaN, value = Number.NaN, high = Number.NaN] = rounds;
  return { value, spread: { low, high, rounds: rounds.length } };
}
