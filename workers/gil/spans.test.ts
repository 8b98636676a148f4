import { describe, expect, it } from "vitest";
import { SpanRecorder } from "./spans";

function clock(...times: number[]) {
  return () => {
    const next = times.shift();
    if (next === undefined) throw new Error("the clock was read more often than expected");
    return next;
  };
}

describe("SpanRecorder", () => {
  it("records back-to-back spans, one per change", () => {
    const spans = new SpanRecorder(clock(0, 2, 5, 9));
    spans.enter("waiting for the GIL");
    spans.enter("running");
    spans.enter("running"); // no change: the clock is not even read
    spans.enter("in I/O");
    expect(spans.finish()).toEqual([
      { kind: "waiting for the GIL", start: 0, end: 2 },
      { kind: "running", start: 2, end: 5 },
      { kind: "in I/O", start: 5, end: 9 },
    ]);
  });

  it("leaves out spans of no length and joins the neighbours they separated", () => {
    const spans = new SpanRecorder(clock(0, 4, 4, 7));
    spans.enter("running");
    spans.enter("waiting for the GIL"); // at 4
    spans.enter("running"); // also at 4: the wait took no time
    expect(spans.finish()).toEqual([{ kind: "running", start: 0, end: 7 }]);
  });
});
