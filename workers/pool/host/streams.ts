/**
 * Turns results that arrive chunk by chunk, in any order, into the two streams Python's pool
 * offers: `imap` (input order, each result as soon as every earlier one is there) and
 * `imap_unordered` (completion order, each tagged with its input index).
 */
export interface Indexed<R> {
  index: number;
  value: R;
}

interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
  reject(reason: unknown): void;
}

/** A queue you push into from callbacks and read with `for await`. */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  private ended = false;
  private failure: { reason: unknown } | null = null;

  /** Called when the reader stops early (`break` out of `for await`). */
  constructor(private readonly onReturn: () => void = () => {}) {}

  push(item: T): void {
    if (this.ended) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve({ value: item, done: false });
    else this.items.push(item);
  }

  end(): void {
    this.ended = true;
    for (const waiter of this.waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
  }

  fail(reason: unknown): void {
    if (this.ended || this.failure) return;
    this.failure = { reason };
    for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) {
      return Promise.resolve({ value: this.items.shift() as T, done: false });
    }
    if (this.failure) return Promise.reject(this.failure.reason);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    if (!this.ended) {
      this.ended = true;
      this.onReturn();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/**
 * Releases results in input order: `add` a chunk's results at their first index, and every
 * result whose predecessors are all there is passed to `emit` at once.
 *
 * @example
 * const order = new InOrder<string>(emit);
 * order.add(2, ["c"]); // nothing yet: 0 and 1 are missing
 * order.add(0, ["a", "b"]); // emits a, b, c
 */
export class InOrder<R> {
  private next = 0;
  private readonly waiting = new Map<number, R>();

  constructor(private readonly emit: (value: R, index: number) => void) {}

  add(firstIndex: number, values: readonly R[]): void {
    for (const [offset, value] of values.entries()) this.waiting.set(firstIndex + offset, value);
    while (this.waiting.has(this.next)) {
      const value = this.waiting.get(this.next) as R;
      this.waiting.delete(this.next);
      this.emit(value, this.next);
      this.next += 1;
    }
  }
}
