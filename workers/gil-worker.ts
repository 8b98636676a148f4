/// <reference lib="webworker" />

import { runThread } from "../app/engine/gil/thread";
import type { FromGilWorker, RunThread } from "./gil-protocol";
import { nthPrime } from "./kernels/nth-prime";

/** One modelled Python thread: it blocks in Atomics.wait, which only a worker may do. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromGilWorker) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<RunThread>) => {
  try {
    const report = runThread(data, { compute: nthPrime, now: () => performance.now() });
    reply({ type: "done", runId: data.runId, report });
  } catch (error) {
    reply({ type: "failed", runId: data.runId, message: String(error) });
  }
};

reply({ type: "ready", timeOrigin: performance.timeOrigin });
