import { quantile } from "./stats";

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
  const gaps = times.slice(1).map((time, i) => time - (times[i] as number));
  if (gaps.length === 0) return { longestGapMs: 0, framesDropped: 0, frameMs: 0 };
  const frameMs = quantile(
    [...gaps].sort((a, b) => a - b),
    0.5,
  );
  const framesDropped = gaps.reduce(
    (dropped, gap) => dropped + Math.max(0, Math.round(gap / frameMs) - 1),
    0,
  );
  return { longestGapMs: Math.max(...gaps), framesDropped, frameMs };
}

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
  private frameWaiters: { left: number; resolve(): void }[] = [];

  constructor(private readonly keystrokeEveryMs = 50) {
    this.frameRequest = requestAnimationFrame(this.onFrame);
    this.pressKeyLater();
  }

  /** Resolves after `count` more frames have been drawn. */
  frames(count: number): Promise<void> {
    return new Promise((resolve) => this.frameWaiters.push({ left: count, resolve }));
  }

  stop(): Responsiveness {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.keyTimer);
    const { longestGapMs, framesDropped } = frameGaps(this.frameTimes);
    return {
      frames: this.frameTimes.length,
      longestFrameGapMs: longestGapMs,
      framesDropped,
      keystrokes: this.lateness.length,
      slowestKeystrokeMs: Math.max(0, ...this.lateness),
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
    const due = performance.now() + this.keystrokeEveryMs;
    this.keyTimer = setTimeout(() => {
      this.lateness.push(performance.now() - due);
      this.pressKeyLater();
    }, this.keystrokeEveryMs);
  }
}
