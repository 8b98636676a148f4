/// <reference lib="webworker" />

import type { FromKernel, ToKernel } from "../../common/wire";
import { holdLifeLock } from "../../common/workerLife";
import { lockDownStorage } from "../lockDownStorage";
import { startKernel } from "./runtime";

lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const run = startKernel(scope);
// A listener, not `onmessage`: the reader's code may set `self.onmessage`, and the next run
// must still arrive.
scope.addEventListener("message", ({ data }: MessageEvent<ToKernel>) => run(data));
// The reader's code may end this worker (self.close()): the lock tells the page it happened.
void holdLifeLock().then((lifeLock) =>
  scope.postMessage({
    type: "ready",
    timeOrigin: performance.timeOrigin,
    ...(lifeLock === null ? {} : { lifeLock }),
  } satisfies FromKernel),
);
