import type { SpanKind } from "../../../common/wire";
import type { InterpreterRun } from "./interpreter";

/** A bar of a threads timeline, in the results format's `timeline` shape. */
export type ThreadBar = {
  lane: string;
  kind: SpanKind;
  start: number;
  end: number;
};

/**
 * One lane per thread, one bar per span, times in ms since the run began.
 *
 * @example threadTimeline(run, (thread) => (thread === 0 ? "CPU thread" : "I/O thread"))
 */
export function threadTimeline(
  run: InterpreterRun,
  laneName: (thread: number) => string = (thread) => `thread ${thread + 1}`,
): ThreadBar[] {
  return run.threads.flatMap(({ thread, spans }) =>
    spans.map((span) => ({
      lane: laneName(thread),
      kind: span.kind,
      start: span.start - run.began,
      end: span.end - run.began,
    })),
  );
}

/**
 * How long, in all, two or more threads were in spans of `kind` at once, in ms: for "running",
 * zero under the GIL, most of the run for free threads on several cores.
 */
export function overlapMs(
  bars: readonly { kind: string; start: number; end: number }[],
  kind: SpanKind = "running",
): number {
  const edges = bars
    .filter((bar) => bar.kind === kind)
    .flatMap((bar) => [
      { at: bar.start, step: 1 },
      { at: bar.end, step: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.step - b.step);
  let inside = 0;
  let since = 0;
  let total = 0;
  for (const { at, step } of edges) {
    if (inside >= 2) total += at - since;
    inside += step;
    since = at;
  }
  return total;
}
