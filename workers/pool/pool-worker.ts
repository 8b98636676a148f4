/// <reference lib="webworker" />

import {
  CHUNK_ITEMS_AT,
  type ChunkDone,
  ChunkFlags,
  type DefineTask,
  type FromPoolWorker,
  type RunChunk,
  type ShareMailbox,
} from "../../common/wire";
import { lockDownStorage } from "../lockDownStorage";
import { serveMailbox, shareMailbox } from "./mailbox-loop";
import { fail, finish } from "./replies";
import { defineTask, runChunk } from "./tasks";

lockDownStorage(); // before any reader code: see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromPoolWorker, transfer?: Transferable[]) =>
  transfer ? scope.postMessage(message, transfer) : scope.postMessage(message);

// A chunk comes by message on the message path, and on the shared-memory path when its items
// are not all numbers: then the worker is back on its event loop until the chunk is answered.
scope.onmessage = ({ data }: MessageEvent<RunChunk | DefineTask | ShareMailbox>) => {
  if (!Array.isArray(data)) {
    if (data.type === "define") defineTask(data);
    else shareMailbox(data.buffer, reply);
    return;
  }
  const [chunkId, taskId, flags] = data;
  const done: ChunkDone = flags & ChunkFlags.timed ? [chunkId, 0, 0] : [chunkId];
  runChunk(taskId, data, CHUNK_ITEMS_AT, data.length, done, {
    done: (startedAt) => {
      finish(reply, flags, done, startedAt);
      serveMailbox();
    },
    failed: (index, error, startedAt) => {
      fail(reply, chunkId, index, error, startedAt);
      serveMailbox();
    },
  });
};

reply({ type: "ready", timeOrigin: performance.timeOrigin });
