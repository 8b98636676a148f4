import {
  ANSWERED_BY_MESSAGE,
  CHUNK_ID,
  COUNT,
  FINISHED_AT,
  FIRST_ITEM,
  FLAGS,
  KIND,
  type Mailbox,
  MESSAGE,
  mailboxOver,
  RESULTS_HERE,
  STARTED_AT,
  STATUS,
  TASK,
  TO_PAGE,
  TO_WORKER,
} from "../../common/poolMailbox";
import { type ChunkDone, ChunkFlags, resultsAt } from "../../common/wire";
import { fail, finish, type Reply } from "./replies";
import { runChunk } from "./tasks";

let mailbox: Mailbox | null = null;
let reply: Reply = () => {};
/** Requests taken from the mailbox, and replies written to it. */
let served = 0;
let answered = 0;

/** Starts waiting on the mailbox the page shared: from now on chunks come through it. */
export function shareMailbox(buffer: SharedArrayBuffer, replyByMessage: Reply): void {
  mailbox = mailboxOver(buffer);
  reply = replyByMessage;
  serveMailbox();
}

/**
 * Runs chunks from the mailbox until one goes async or the page posts one by message; returns
 * then, to the event loop, and is called again once that chunk is answered. Does nothing on the
 * message path.
 */
export function serveMailbox(): void {
  if (!mailbox) return;
  const { cells } = mailbox;
  for (;;) {
    awaitRequest(cells);
    served += 1;
    if (cells[KIND] === MESSAGE) return;
    if (!runFromMailbox(mailbox)) return;
  }
}

/**
 * Parks the worker until the page writes a request. It does not spin first: on a machine with
 * as many workers as cores, a spinning worker takes the core the page needs to answer it
 * (measured: the pools lesson's streams came later than map's whole result).
 */
function awaitRequest(cells: Int32Array): void {
  while (Atomics.load(cells, TO_WORKER) === served) Atomics.wait(cells, TO_WORKER, served);
}

/** Runs the chunk in the mailbox; returns whether it was answered before returning. */
function runFromMailbox({ cells, values }: Mailbox): boolean {
  const chunkId = cells[CHUNK_ID] as number;
  const flags = cells[FLAGS] as number;
  const count = cells[COUNT] as number;
  const timed = (flags & ChunkFlags.timed) !== 0;
  const done: ChunkDone = timed ? [chunkId, 0, 0] : [chunkId];
  let returned = false;
  const answer = (status: number) => {
    cells[STATUS] = status;
    answered += 1;
    Atomics.store(cells, TO_PAGE, answered);
    Atomics.notify(cells, TO_PAGE);
    if (returned) serveMailbox();
  };
  const ended = runChunk(cells[TASK] as number, values, FIRST_ITEM, FIRST_ITEM + count, done, {
    done: (startedAt) => {
      const first = resultsAt(timed);
      if (done.every((value, at) => at < first || typeof value === "number")) {
        for (let at = first; at < done.length; at++) {
          values[FIRST_ITEM + at - first] = done[at] as number;
        }
        values[STARTED_AT] = startedAt;
        values[FINISHED_AT] = performance.now();
        answer(RESULTS_HERE);
      } else {
        finish(reply, flags, done, startedAt);
        answer(ANSWERED_BY_MESSAGE);
      }
    },
    failed: (index, error, startedAt) => {
      fail(reply, chunkId, index, error, startedAt);
      answer(ANSWERED_BY_MESSAGE);
    },
  });
  returned = true;
  return ended;
}
