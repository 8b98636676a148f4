/// <reference lib="webworker" />
import { startKernel } from "../app/engine/kernel/runtime";
import type { FromKernel, ToKernel } from "./kernel-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const run = startKernel(scope);
scope.onmessage = ({ data }: MessageEvent<ToKernel>) => run(data);
scope.postMessage({ type: "ready" } satisfies FromKernel);
