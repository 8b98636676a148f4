import {
  CHUNK_ID,
  COUNT,
  createMailbox,
  FINISHED_AT,
  FIRST_ITEM,
  FLAGS,
  KIND,
  MAILBOX_ITEMS,
  type Mailbox,
  MESSAGE,
  RESULTS_HERE,
  RUN,
  STARTED_AT,
  STATUS,
  TASK,
  TO_PAGE,
  TO_WORKER,
} from "../../../common/poolMailbox";

/** A chunk's results as they came through shared memory, with its worker's times. */
export interface SharedResults {
  chunkId: number;
  results: number[];
  startedAt: number;
  finishedAt: number;
}

/**
 * The page's side of one worker's mailbox (common/poolMailbox.ts): writes a chunk of numbers and
 * wakes the worker, or tells it a chunk was posted instead. The answer is taken either by
 * polling (`take`, while the dispatcher expects it within microseconds) or by waiting without
 * blocking (`waitAsync`), so the page's thread never blocks for long.
 */
export class MailboxChannel {
  readonly mailbox: Mailbox = createMailbox();
  private written = 0;
  /** Chunks run through the mailbox, and answers taken: while fewer, one is awaited. */
  private runs = 0;
  private answered = 0;
  private waiting = false;

  constructor(private readonly onResults: (results: SharedResults) => void) {}

  /** Whether a chunk can travel through the mailbox: only numbers, and not too many. */
  static carries(items: readonly unknown[], first: number, end: number): boolean {
    if (end - first > MAILBOX_ITEMS) return false;
    for (let at = first; at < end; at++) if (typeof items[at] !== "number") return false;
    return true;
  }

  /** Whether a chunk run through the mailbox has not been answered yet. */
  get awaiting(): boolean {
    return this.answered < this.runs;
  }

  /** Writes the chunk's numbers and wakes the worker. */
  run(
    chunkId: number,
    taskId: number,
    flags: number,
    items: readonly unknown[],
    first: number,
    end: number,
  ): void {
    const { cells, values } = this.mailbox;
    for (let at = first; at < end; at++) values[FIRST_ITEM + at - first] = items[at] as number;
    cells[KIND] = RUN;
    cells[CHUNK_ID] = chunkId;
    cells[TASK] = taskId;
    cells[FLAGS] = flags;
    cells[COUNT] = end - first;
    this.runs += 1;
    this.wake();
  }

  /** Tells the worker its next chunk was posted: it reads it on its event loop. */
  posted(): void {
    this.mailbox.cells[KIND] = MESSAGE;
    this.wake();
  }

  /**
   * Takes the worker's answer if a new one is there: its results go to `onResults`, unless the
   * worker answered by message (a failure, or results that are not all numbers). Returns
   * whether there was one.
   */
  take(): boolean {
    const { cells, values } = this.mailbox;
    const answered = Atomics.load(cells, TO_PAGE);
    if (answered === this.answered) return false;
    this.answered = answered;
    // Only the latest answer is in the mailbox, and it is the running chunk's.
    if (cells[STATUS] === RESULTS_HERE) {
      const count = cells[COUNT] as number;
      const results: number[] = [];
      for (let at = 0; at < count; at++) results.push(values[FIRST_ITEM + at] as number);
      this.onResults({
        chunkId: cells[CHUNK_ID] as number,
        results,
        startedAt: values[STARTED_AT] as number,
        finishedAt: values[FINISHED_AT] as number,
      });
    }
    return true;
  }

  /** Waits for the awaited answer without blocking the page (`Atomics.waitAsync`), then takes it. */
  waitAsync(): void {
    if (this.waiting || !this.awaiting) return;
    this.waiting = true;
    const { async, value } = Atomics.waitAsync(this.mailbox.cells, TO_PAGE, this.answered);
    const woke = () => {
      this.waiting = false;
      if (!this.take()) this.waitAsync();
    };
    if (async) void value.then(woke);
    else queueMicrotask(woke);
  }

  private wake(): void {
    const { cells } = this.mailbox;
    this.written += 1;
    Atomics.store(cells, TO_WORKER, this.written);
    Atomics.notify(cells, TO_WORKER);
  }
}
