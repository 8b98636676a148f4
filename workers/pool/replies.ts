import { findUncloneable, isCloneable, transferables } from "../../common/payload";
import {
  type ChunkDone,
  ChunkFlags,
  encodeFailure,
  type FromPoolWorker,
  resultsAt,
} from "../../common/wire";

export type Reply = (message: FromPoolWorker, transfer?: Transferable[]) => void;

/** Sends `[chunkId, (startedAt, finishedAt,) ...results]` back, or why it cannot. */
export function finish(reply: Reply, flags: number, done: ChunkDone, startedAt: number): void {
  const timed = (flags & ChunkFlags.timed) !== 0;
  const finishedAt = performance.now();
  if (timed) {
    done[1] = startedAt;
    done[2] = finishedAt;
  }
  try {
    reply(done, flags & ChunkFlags.transferResults ? transferables(done) : undefined);
  } catch (error) {
    // A result the browser cannot clone: a function, a class instance with methods…
    const results = done.slice(resultsAt(timed));
    const index = Math.max(
      0,
      results.findIndex((result) => !isCloneable(result)),
    );
    const found = findUncloneable(results[index], "result");
    const { message } = error as Error;
    const { path, what } = found ?? { path: "result", what: "something" };
    const [chunkId] = done;
    reply({ type: "uncloneable", message, path, what, chunkId, index, startedAt, finishedAt });
  }
}

/** Item `index` of the chunk failed. */
export function fail(
  reply: Reply,
  chunkId: number,
  index: number,
  error: unknown,
  startedAt: number,
): void {
  reply({ ...encodeFailure(error), chunkId, index, startedAt, finishedAt: performance.now() });
}
