import { quantile } from "../common/stats";

/** How the page kept up while some work ran. */
export interface Responsiveness {
  /** Frames drawn while watching. */
  frames: number;
  /** The longest time between two frames, in ms: how long the page looked frozen. */
  longestFrameGapMs: number;
  /** Frames missed at the page's usual frame rate. */
  framesDropped: number;
  /** Key presses the typist made. */
  keystrokes: number;
  /** How late the page handled the slowest of them, in ms. */
  slowestKeystrokeMs: number;
  /** When each frame's callback ran, on the page's clock (ms). */
  frameTimes: number[];
}

/**
 * The longest gap between frame times, and how many frames were missed, counting the median gap
 * as the page's usual frame interval (16.7 ms at 60 Hz).
 *
 * @example frameGaps([0, 16, 32, 132, 148]) // { longestGapMs: 100, framesDropped: 5, ... }
 */
export function frameGaps(times: readonly number[]): {
  longestGapMs: number;
  framesDropped: number;
  frameMs: number;
} {
  const gaps = gapsBetween(times);
  if (gaps.length === 0) return { longestGapMs: 0, framesDropped: 0, frameMs: 0 };
  const frameMs = usualGap(gaps);
  const framesDropped = gaps.reduce((dropped, gap) => dropped + missed(gap, frameMs), 0);
  return { longestGapMs: Math.max(...gaps), framesDropped, frameMs };
}

/** A timeline bar: one gap between frames, on time or missing frames. */
export type FrameBar = {
  lane: string;
  kind: "frames on time" | "frames missed";
  start: number;
  end: number;
};

/** Every gap between frames as a bar, in ms since `origin`, marked where frames were missed. */
export function frameBars(times: readonly number[], origin: number, lane: string): FrameBar[] {
  const gaps = gapsBetween(times);
  const frameMs = usualGap(gaps);
  return gaps.map((gap, i) => ({
    lane,
    kind: missed(gap, frameMs) > 0 ? "frames missed" : "frames on time",
    start: (times[i] as number) - origin,
    end: (times[i + 1] as number) - origin,
  }));
}

const gapsBetween = (times: readonly number[]) =>
  times.slice(1).map((time, i) => time - (times[i] as number));

/** The median gap: the page's usual frame interval. */
const usualGap = (gaps: readonly number[]) =>
  gaps.length
    ? quantile(
        [...gaps].sort((a, b) => a - b),
        0.5,
      )
    : 0;

/** Frames that a gap should have held but did not. */
const missed = (gap: number, frameMs: number) => Math.max(0, Math.round(gap / frameMs) - 1);

/**
 * Watches the page's own thread: every animation frame's time (what a JavaScript animation
 * needs to move), and a typist, a timer standing in for a person, that presses a key every
 * `keystrokeEveryMs` and notes how late the page got to it. Both need the page's thread free:
 * while it runs a long computation, neither happens.
 */
export class ResponsivenessProbe {
  private readonly frameTimes: number[] = [];
  private readonly lateness: number[] = [];
  private frameRequest = 0;
  private keyTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the typist's next key press is due, on the page's clock (ms). */
  private nextKeyDue = 0;
  private frameWaiters: { left: number; resolve(): void }[] = [];

  constructor(private readonly keystrokeEveryMs = 50) {
    this.frameRequest = requestAnimationFrame(this.onFrame);
    this.pressKeyLater();
  }

  /**
   * Resolves after `count` more frames have been drawn; rejects if `signal` aborts first (a
   * hidden page draws no frames at all).
   */
  frames(count: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.frameWaiters.push({
        left: count,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      });
    });
  }

  /** Stops watching and says what it saw; calling it again changes nothing. */
  stop(): Responsiveness {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.keyTimer);
    // A key press that fell due while the thread was busy, and that the page has not reached
    // yet, is late by at least this much: stopping must not forget it.
    const now = performance.now();
    if (this.keyTimer !== undefined && now > this.nextKeyDue) {
      this.lateness.push(now - this.nextKeyDue);
    }
    this.keyTimer = undefined;
    const { longestGapMs, framesDropped } = frameGaps(this.frameTimes);
    return {
      frames: this.frameTimes.length,
      longestFrameGapMs: longestGapMs,
      framesDropped,
      keystrokes: this.lateness.length,
      slowestKeystrokeMs: Math.max(0, ...this.lateness),
      frameTimes: [...this.frameTimes],
    };
  }

  private readonly onFrame = () => {
    // When the callback ran, not the frame's nominal start: a frame due during a long task is
    // stamped with a time inside it, though nothing could move until the task ended.
    this.frameTimes.push(performance.now());
    for (const waiter of this.frameWaiters) waiter.left--;
    for (const waiter of this.frameWaiters.filter((w) => w.left <= 0)) waiter.resolve();
    this.frameWaiters = this.frameWaiters.filter((w) => w.left > 0);
    this.frameRequest = requestAnimationFrame(this.onFrame);
  };

  private pressKeyLater(): void {
    this.nextKeyDue = performance.now() + this.keystrokeEveryMs;
    this.keyTimer = setTimeout(() => {
      this.lateness.push(performance.now() - this.nextKeyDue);
      this.pressKeyLater();
    }, this.keystrokeEveryMs);
  }
}
