/// <reference lib="webworker" />

/**
 * Sends every message straight back: the least any worker round trip can cost, the floor the
 * pools are compared against.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<unknown>) => scope.postMessage(data);
