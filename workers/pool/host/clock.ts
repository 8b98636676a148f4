/**
 * Puts a worker's `performance.now()` on the page's clock. The first estimate is the difference
 * of the two `performance.timeOrigin`s, but browsers derive those from the wall clock and they
 * can disagree by a millisecond. Every chunk bounds the true offset by cause and effect: the
 * worker cannot start it before the page sent it, nor the page receive it before the worker
 * finished it. The offset used is the estimate kept inside every bound seen so far.
 *
 * @example
 * const clock = new WorkerClock(workerTimeOrigin - performance.timeOrigin);
 * const offset = clock.offsetFor({ sentAt, startedAt, finishedAt, receivedAt });
 */
export class WorkerClock {
  private atLeast = Number.NEGATIVE_INFINITY;
  private atMost = Number.POSITIVE_INFINITY;

  constructor(private readonly estimate: number) {}

  /** The offset to add to this chunk's worker times; `sentAt` and `receivedAt` are page times. */
  offsetFor(chunk: { sentAt: number; startedAt: number; finishedAt: number; receivedAt: number }) {
    this.atLeast = Math.max(this.atLeast, chunk.sentAt - chunk.startedAt);
    this.atMost = Math.min(this.atMost, chunk.receivedAt - chunk.finishedAt);
    // Bounds cross only if the clocks drift apart by more than a round trip: split the difference.
    if (this.atLeast > this.atMost) return (this.atLeast + this.atMost) / 2;
    return Math.min(this.atMost, Math.max(this.atLeast, this.estimate));
  }
}
