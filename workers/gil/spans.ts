import type { Span, SpanKind } from "../../common/wire";

/**
 * A thread's life as back-to-back spans: each `enter` ends the current span and starts the
 * next. Spans of no measurable length are left out, and a repeat of the same kind extends the
 * current span, so the timeline has one bar per real change.
 */
export class SpanRecorder {
  readonly spans: Span[] = [];
  private current: { kind: SpanKind; start: number } | null = null;

  constructor(private readonly now: () => number) {}

  enter(kind: SpanKind): void {
    if (this.current?.kind === kind) return;
    const at = this.now();
    this.close(at);
    this.current = { kind, start: at };
  }

  finish(): Span[] {
    this.close(this.now());
    this.current = null;
    return this.spans;
  }

  private close(at: number): void {
    if (!this.current || at <= this.current.start) return;
    const last = this.spans.at(-1);
    // A span too short to measure was skipped, so its neighbours may now be the same kind.
    if (last?.kind === this.current.kind && last.end === this.current.start) last.end = at;
    else this.spans.push({ kind: this.current.kind, start: this.current.start, end: at });
  }
}
