import type { Range } from "../../common/chunks";
import { quantile } from "../../common/stats";
import { WorkerPool } from "../../workers/pool/host/pool";
import type { Row } from "./row";
import { median, timeMs } from "./timing";

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
    const ratios = (await efficiencies(p, task)).sort((a, b) => a - b);
    rows.push({
      metric: "parallel-efficiency",
      subject: `corelab@p=${p}`,
      value: quantile(ratios, 0.5),
      unit: "ratio",
      spread: { low: quantile(ratios, 0.25), high: quantile(ratios, 0.75), rounds: ratios.length },
    });
  }
  return rows;
}

/** T1 / (p × Tp) of each pair. */
async function efficiencies(p: number, task: Range): Promise<number[]> {
  const [single, pool] = await Promise.all([WorkerPool.start(1), WorkerPool.start(p)]);
  try {
    const tasks = Array.from({ length: p }, () => task);
    const runOn = (on: WorkerPool) => () => on.map("countPrimes", tasks, { chunkSize: 1 });
    // The same untimed run on both: every worker of each pool has run the task once.
    await runOn(single)();
    await runOn(pool)();
    const ratios: number[] = [];
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      const sequentialMs = await timeMs(runOn(single));
      const parallelMs = await timeMs(runOn(pool));
      ratios.push(sequentialMs / (p * parallelMs));
    }
    return ratios;
  } finally {
    single.terminate();
    pool.terminate();
  }
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
