import { cutLine, MAX_LINES } from "../../common/scratch/printed";
import type { OutputLine } from "../../common/wire";

/** Lines are sent as they come, up to this many messages per FLUSH_MS; then in batches. */
const MESSAGES_PER_WINDOW = 20;
const FLUSH_MS = 50;

/**
 * Sends `console.*` lines to the page as they come, so a line printed just before a long loop
 * shows while the loop runs; but a loop that logs a million times sends at most
 * MESSAGES_PER_WINDOW messages per FLUSH_MS and MAX_LINES lines, so the page's thread stays free.
 */
export class OutputBuffer {
  private lines: OutputLine[] = [];
  private dropped = 0;
  private kept = 0;
  private windowStart = Number.NEGATIVE_INFINITY;
  private sentInWindow = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly send: (lines: OutputLine[], dropped: number) => void) {}

  push(level: OutputLine["level"], text: string): void {
    const now = performance.now();
    if (now - this.windowStart >= FLUSH_MS) {
      this.windowStart = now;
      this.sentInWindow = 0;
      // A window ends: what waited is sent now, even from inside a loop that never yields.
      this.flush();
    }
    if (this.kept >= MAX_LINES) {
      // Only counted; the count goes with the next batch.
      this.dropped++;
      return;
    }
    this.kept++;
    this.lines.push({ level, text: cutLine(text) });
    if (this.sentInWindow < MESSAGES_PER_WINDOW) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.lines.length === 0 && this.dropped === 0) return;
    this.send(this.lines, this.dropped);
    this.sentInWindow++;
    this.lines = [];
    this.dropped = 0;
  }

  /** A new run: its own line budget. */
  reset(): void {
    this.flush();
    this.kept = 0;
  }
}
