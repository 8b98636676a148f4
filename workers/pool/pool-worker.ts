/// <reference lib="webworker" />

import {
  CHUNK_ITEMS_AT,
  type ChunkDone,
  ChunkFlags,
  type DefineTask,
  type FromPoolWorker,
  isPrimitive,
  type RunChunk,
  type RunOne,
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

/** The last chunk that came with its header, and its id: a bare item (`RunOne`) repeats it. */
let last: RunChunk = [-1, -1, 0];
/** Chunks that came by message and are not answered yet, oldest first. */
const unanswered: number[] = [];

// A chunk comes by message on the message path, and on the shared-memory path when its items
// are not all numbers: then the worker is back on its event loop until the chunk is answered.
scope.onmessage = ({ data }: MessageEvent<RunChunk | RunOne | DefineTask | ShareMailbox>) => {
  if (isPrimitive(data)) {
    last = [(last[0] as number) + 1, last[1], last[2], data];
    run(last);
  } else if (Array.isArray(data)) {
    last = data;
    run(data);
  } else if (data.type === "define") {
    defineTask(data);
  } else {
    shareMailbox(data.buffer, reply);
  }
};

function run(chunk: RunChunk): void {
  const [chunkId, taskId, flags] = chunk;
  unanswered.push(chunkId);
  const done: ChunkDone = flags & ChunkFlags.timed ? [chunkId, 0, 0] : [chunkId];
  runChunk(taskId, chunk, CHUNK_ITEMS_AT, chunk.length, done, {
    done: (startedAt) => {
      const result = done[1];
      if (answered(chunkId) && done.length === 2 && flags === 0 && isPrimitive(result)) {
        reply(result);
      } else {
        finish(reply, flags, done, startedAt);
      }
      serveMailbox();
    },
    failed: (index, error, startedAt) => {
      answered(chunkId);
      fail(reply, chunkId, index, error, startedAt);
      serveMailbox();
    },
  });
}

/** Takes the chunk off `unanswered`; true if it was the oldest there (it may be answered bare). */
function answered(chunkId: number): boolean {
  const at = unanswered.indexOf(chunkId);
  unanswered.splice(at, 1);
  return at === 0;
}

reply({ type: "ready", timeOrigin: performance.timeOrigin });
