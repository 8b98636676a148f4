/// <reference lib="webworker" />

import type { FromKernel, ToKernel } from "../../common/wire";
import { startKernel } from "./runtime";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const run = startKernel(scope);
scope.onmessage = ({ data }: MessageEvent<ToKernel>) => run(data);
scope.postMessage({ type: "ready", timeOrigin: performance.timeOrigin } satisfies FromKernel);
