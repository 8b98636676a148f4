/// <reference lib="webworker" />
import { kernels } from "./kernels";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  const kernel = kernels[data.kernel] as (item: unknown) => unknown;
  const results: unknown[] = [];
  for (const [index, item] of data.items.entries()) {
    try {
      results.push(kernel(item));
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      reply({ type: "failed", chunkId: data.chunkId, index, message, stack: stack ?? "" });
      return;
    }
  }
  reply({ type: "done", chunkId: data.chunkId, results });
};

reply({ type: "ready" });
