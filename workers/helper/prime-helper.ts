/// <reference lib="webworker" />

import type { FromHelper, ToHelper } from "../../common/wire";
import { countPrimes } from "../kernels/primes";

/** A worker started by a pool worker's task: a thread inside a thread, as BLAS starts in NumPy. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data }: MessageEvent<ToHelper>) => {
  const reply: FromHelper = { type: "counted", primes: countPrimes(data) };
  scope.postMessage(reply);
};
