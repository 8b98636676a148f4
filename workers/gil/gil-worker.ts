/// <reference lib="webworker" />

import {
  encodeFailure,
  type FromGilWorker,
  type RunThread,
  type ThreadKernel,
} from "../../common/wire";
import { compileTask } from "../compile";
import { etlTransform } from "../kernels/etl";
import { nthPrime } from "../kernels/nth-prime";
import { lockDownStorage } from "../lockDownStorage";
import { runThread, type ThreadHost } from "./thread";

/** One modelled Python thread: it blocks in Atomics.wait, which only a worker may do. */
lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromGilWorker) => scope.postMessage(message);
/** The kernels a thread runs as built: only these two, not the pools' whole registry. */
const builtIn: Record<ThreadKernel, ThreadHost["compute"]> = { nthPrime, etlTransform };

scope.onmessage = ({ data }: MessageEvent<RunThread>) => {
  // The built-in kernel starts at once; the reader's code is compiled first (cached per worker).
  if (typeof data.compute === "string") run(data, builtIn[data.compute]);
  else void compileThenRun(data, data.compute);
};

async function compileThenRun(data: RunThread, edited: Exclude<RunThread["compute"], string>) {
  let compute: ThreadHost["compute"];
  try {
    compute = (await compileTask(edited.source, edited.entry)) as unknown as typeof compute;
  } catch (error) {
    reply(encodeFailure(error));
    return;
  }
  run(data, compute);
}

function run(data: RunThread, compute: ThreadHost["compute"]): void {
  try {
    reply({ type: "done", report: runThread(data, { compute, now: () => performance.now() }) });
  } catch (error) {
    // The line is in the reader's code when the kernel came from there (compiled by eval).
    reply(encodeFailure(error));
  }
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
