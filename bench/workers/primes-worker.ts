/// <reference lib="webworker" />

import type { Range } from "../../common/chunks";
import { countPrimes } from "../../workers/kernels/primes";

/**
 * A bare Web Worker that counts the primes of each range it is sent and posts the count back:
 * the pool's `countPrimes` task without the pool, the baseline of `parallel-efficiency`.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<Range>) => scope.postMessage(countPrimes(data));
