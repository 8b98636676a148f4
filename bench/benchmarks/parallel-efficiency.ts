import type { Range } from "../../common/chunks";
import { WorkerPool } from "../../workers/pool/host/pool";
import type { Row } from "./row";
import { interquartile, median, timeMs } from "./timing";

const TASK_MS = 100;
const REPETITIONS = 7;

/**
 * Parallel efficiency: how much of p workers' power a CPU-bound job gets, for p = 1 … 2 × cores
 * (past the cores, oversubscription). The task is fixed work, never a spin on the clock: the
 * `countPrimes` kernel on one range, calibrated once so that one task takes about 100 ms on one
 * worker. For each p, T1 is p such tasks on a pool of one worker (one after another) and Tp the
 * same p tasks on a pool of p workers with chunk size 1; efficiency = T1 / (p × Tp), 1 when p
 * workers finish p tasks in one task's time. For each p, both pools are fresh and warmed up the
 * same way (one untimed run of the same tasks) before the clock, so neither has a JIT head start;
 * T1 and Tp are timed in pairs, and the row is the median of 7 pairs' ratios, with their
 * interquartile range as its spread.
 *
 * `raw-workers@p=N` is the ceiling: the same tasks on bare Web Workers (one `postMessage` per
 * task, no pool), timed the same way, each of its pairs right after the pool's. What the raw
 * workers lose to 1 is the machine's (cores shared with the browser's own threads, or with
 * other virtual machines); what the pool loses beyond them is the pool's.
 */
export async function parallelEfficiency(): Promise<Row[]> {
  const cores = navigator.hardwareConcurrency || 1;
  const calibration = await WorkerPool.start(1);
  let task: Range;
  try {
    task = await calibrate(calibration);
  } finally {
    calibration.terminate();
  }
  const rows: Row[] = [];
  for (let p = 1; p <= 2 * cores; p++) {
    const ratios = await efficiencies(p, task);
    for (const [subject, of] of Object.entries(ratios)) {
      rows.push({
        metric: "parallel-efficiency",
        subject: `${subject}@p=${p}`,
        value: median(of),
        unit: "ratio",
        spread: interquartile(of),
      });
    }
  }
  return rows;
}

/** Runs p tasks on some workers, all at once, and resolves when all are back. */
type Runner = () => Promise<unknown>;

/** T1 / (p × Tp) of each pair, on the pool and on bare workers. */
async function efficiencies(p: number, task: Range) {
  const tasks = Array.from({ length: p }, () => task);
  const [single, pool] = await Promise.all([WorkerPool.start(1), WorkerPool.start(p)]);
  const [rawSingle, rawWorkers] = [startRawWorkers(1), startRawWorkers(p)];
  try {
    const runOn = (on: WorkerPool) => () => on.map("countPrimes", tasks, { chunkSize: 1 });
    const subjects: Record<"corelab" | "raw-workers", [Runner, Runner]> = {
      corelab: [runOn(single), runOn(pool)],
      "raw-workers": [() => rawSingle.run(tasks), () => rawWorkers.run(tasks)],
    };
    const ratios = { corelab: [] as number[], "raw-workers": [] as number[] };
    // The same untimed run on each: every worker has run the task once.
    for (const [one, many] of Object.values(subjects)) {
      await one();
      await many();
    }
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      for (const [subject, [one, many]] of Object.entries(subjects)) {
        const sequentialMs = await timeMs(one);
        const parallelMs = await timeMs(many);
        ratios[subject as keyof typeof ratios].push(sequentialMs / (p * parallelMs));
      }
    }
    return ratios;
  } finally {
    single.terminate();
    pool.terminate();
    rawSingle.terminate();
    rawWorkers.terminate();
  }
}

/**
 * `count` bare workers (bench/workers/primes-worker.ts). `run` deals the tasks round the workers,
 * each sent its next one as it answers, and resolves with every count.
 */
function startRawWorkers(count: number) {
  const workers = Array.from(
    { length: count },
    (_, index) =>
      new Worker(new URL("../workers/primes-worker.ts", import.meta.url), {
        type: "module",
        name: `bench primes worker ${index + 1}`,
      }),
  );
  const answer = (worker: Worker) =>
    new Promise<number>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<number>) => resolve(data);
      worker.onerror = (event) => reject(new Error(`A primes worker failed: ${event.message}`));
    });
  return {
    async run(tasks: readonly Range[]): Promise<number[]> {
      const counts: number[] = [];
      await Promise.all(
        workers.map(async (worker, index) => {
          for (let at = index; at < tasks.length; at += workers.length) {
            const answered = answer(worker);
            worker.postMessage(tasks[at]);
            counts[at] = await answered;
          }
        }),
      );
      return counts;
    },
    terminate: () => {
      for (const worker of workers) worker.terminate();
    },
  };
}

/**
 * The range [0, to) that takes about `TASK_MS` on one worker. Trial division costs about √n per
 * prime, so the time grows like to^1.5: double `to` until the time is in sight, then correct it
 * by (target / measured)^(2/3) a few times, each from the median of three runs.
 */
async function calibrate(single: WorkerPool): Promise<Range> {
  const timeRange = async (to: number) => {
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      runs.push(await timeMs(() => single.apply("countPrimes", { from: 0, to })));
    }
    return median(runs);
  };
  let to = 10_000;
  let ms = await timeRange(to);
  while (ms < TASK_MS / 4) {
    to *= 2;
    ms = await timeRange(to);
  }
  for (let step = 0; step < 3; step++) {
    to = Math.round(to * (TASK_MS / ms) ** (2 / 3));
    ms = await timeRange(to);
  }
  return { from: 0, to };
}
