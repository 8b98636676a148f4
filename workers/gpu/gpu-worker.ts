/// <reference lib="webworker" />

import type { FromGpuWorker, ToGpuWorker } from "../../common/wire";
import { GpuSession } from "./session";

// The GPU device lives here, off the page's thread: the page only sends requests.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new GpuSession();

scope.onmessage = ({ data }: MessageEvent<ToGpuWorker>) => {
  session.handle(data).then((reply: FromGpuWorker) => scope.postMessage(reply));
};

scope.postMessage({ type: "ready", timeOrigin: performance.timeOrigin } satisfies FromGpuWorker);
