import { pool } from "workerpool";
import workerUrl from "../workers/workerpool-worker.ts?worker&url";

export type Pool = ReturnType<typeof pool>;

/**
 * A workerpool pool of `workers` web workers running the bundled bench worker, started and each
 * worker loaded before this resolves, so no start-up lands inside a timed run. The `?worker&url`
 * import makes Vite bundle the worker; a plain URL would ship the raw `.ts` file.
 */
export async function startWorkerpool(workers: number): Promise<Pool> {
  const started = pool(workerUrl, {
    minWorkers: workers,
    maxWorkers: workers,
    workerType: "web",
    workerOpts: { type: "module" },
  });
  try {
    // With every worker idle, workerpool hands one task to each.
    await Promise.all(Array.from({ length: workers }, () => started.exec("identity", [0])));
  } catch (error) {
    await started.terminate(true);
    throw error;
  }
  return started;
}
