import type { OutputLine } from "../../../workers/kernel-protocol";

/** Lines kept per run; a chatty loop beyond this is counted, not sent. */
export const MAX_LINES = 1_000;
/** Characters kept per line. */
const MAX_LINE_CHARS = 2_000;
/** At most one message to the page per this many ms, even from a tight loop. */
const FLUSH_MS = 50;

/**
 * Batches `console.*` lines so that a loop that logs a million times sends a few dozen messages
 * and at most MAX_LINES lines, and the page's thread stays free. Flushes from inside the loop
 * too (by the clock, not a timer), so output appears while synchronous code runs.
 */
export class OutputBuffer {
  private lines: OutputLine[] = [];
  private dropped = 0;
  private kept = 0;
  private lastFlush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly send: (lines: OutputLine[], dropped: number) => void) {}

  push(level: OutputLine["level"], text: string): void {
    if (this.kept >= MAX_LINES) this.dropped++;
    else {
      this.kept++;
      const line =
        text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}… (line cut)` : text;
      this.lines.push({ level, text: line });
    }
    if (performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lastFlush = performance.now();
    if (this.lines.length === 0 && this.dropped === 0) return;
    this.send(this.lines, this.dropped);
    this.lines = [];
    this.dropped = 0;
  }

  /** A new run: its own line budget. */
  reset(): void {
    this.flush();
    this.kept = 0;
  }
}
