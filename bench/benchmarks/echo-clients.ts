import { releaseProxy, wrap } from "comlink";
import { type Dispatch, WorkerPool } from "../../workers/pool/host/pool";
import type { IdentityApi } from "../workers/comlink-worker";
import { startPoolifier } from "./poolifier-pool";
import { startWorkerpool } from "./workerpool-pool";

/** One worker that answers an empty task; `call` is awaited before the next one is sent. */
export interface EchoClient {
  subject: string;
  /** A thenable, not a Promise: workerpool returns its own, and wrapping it would add ticks. */
  call(): PromiseLike<unknown>;
  close(): Promise<void>;
}

/** Each way to run an empty task on one worker; every start resolves once a call came back. */
export const echoClients: readonly (() => Promise<EchoClient>)[] = [
  startPostMessage,
  startComlink,
  () => startCorelab("messages"),
  () => startCorelab("shared"),
  startWorkerpoolClient,
  startPoolifierClient,
];

async function startPostMessage(): Promise<EchoClient> {
  const worker = new Worker(new URL("../workers/echo-worker.ts", import.meta.url), {
    type: "module",
    name: "bench echo worker",
  });
  // Calls are sequential, so at most one reply is awaited at a time.
  let answer: (value: unknown) => void = () => {};
  worker.onmessage = ({ data }: MessageEvent<unknown>) => answer(data);
  return answered(worker, {
    subject: "postmessage",
    call: () =>
      new Promise((resolve) => {
        answer = resolve;
        worker.postMessage(0);
      }),
    close: async () => worker.terminate(),
  });
}

async function startComlink(): Promise<EchoClient> {
  const worker = new Worker(new URL("../workers/comlink-worker.ts", import.meta.url), {
    type: "module",
    name: "bench comlink worker",
  });
  const api = wrap<IdentityApi>(worker);
  return answered(worker, {
    subject: "comlink",
    call: () => api.identity(0),
    close: async () => {
      api[releaseProxy]();
      worker.terminate();
    },
  });
}

/**
 * The client once its worker has answered a first call. A worker whose script fails to load
 * never answers, so its error event fails the start instead of leaving the run hanging.
 */
async function answered(worker: Worker, client: EchoClient): Promise<EchoClient> {
  try {
    await new Promise((resolve, reject) => {
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        reject(new Error(`The ${client.subject} worker failed to start: ${event.message}`));
      });
      client.call().then(resolve, reject);
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return client;
}

/** A Corelab pool of one worker, on its message path (`corelab`) or shared memory. */
async function startCorelab(dispatch: Dispatch): Promise<EchoClient> {
  const pool = await WorkerPool.start(1, { dispatch });
  return {
    subject: dispatch === "shared" ? "corelab-shared" : "corelab",
    call: () => pool.apply("identity", 0),
    close: async () => pool.terminate(),
  };
}

async function startWorkerpoolClient(): Promise<EchoClient> {
  const pool = await startWorkerpool(1);
  return {
    subject: "workerpool",
    call: () => pool.exec("identity", [0]),
    close: async () => {
      await pool.terminate();
    },
  };
}

async function startPoolifierClient(): Promise<EchoClient> {
  const pool = await startPoolifier(1);
  return {
    subject: "poolifier",
    call: () => pool.execute(0, "identity"),
    close: () => pool.destroy(),
  };
}
