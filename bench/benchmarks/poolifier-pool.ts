import { FixedThreadPool } from "poolifier-web-worker";
import workerUrl from "../workers/poolifier-worker.ts?worker&url";

export type PoolifierPool = FixedThreadPool<unknown, unknown>;

/**
 * A poolifier-web-worker fixed pool of `workers` web workers running the bundled bench worker,
 * every worker loaded and answered once before this resolves, so no start-up lands inside a
 * timed run. The `?worker&url` import makes Vite bundle the worker, as for workerpool.
 */
export async function startPoolifier(workers: number): Promise<PoolifierPool> {
  let failure: unknown = null;
  const pool = new FixedThreadPool<unknown, unknown>(workers, new URL(workerUrl, location.href), {
    workerOptions: { type: "module" },
    errorEventHandler: (event) => {
      failure = event;
    },
  });
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.execute(0, "identity")));
    if (failure) throw new Error(`A poolifier worker failed: ${String(failure)}`);
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  return pool;
}
