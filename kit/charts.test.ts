import { describe, expect, it } from "vitest";
import { RESULTS_SCHEMA_ID, type Results, type Sample } from "../common/results";
import { summarize } from "../common/stats";
import * as Plot from "../engine/plotExports";
import { BAND_OPACITY, fieldChart, runtimeChart } from "./charts";
import { formatTick } from "./format";

const SAMPLES: Sample[] = [10, 1_000, 100_000].flatMap((x) =>
  ["pool", "loop"].flatMap((series) =>
    [0, 1, 2].map((trial) => ({ series, x, trial, ms: x / 100 + trial, lost: trial })),
  ),
);

function resultsOver(x: { name: string; unit: string }): Results {
  return {
    schema: RESULTS_SCHEMA_ID,
    experiment: "test",
    lesson: "test",
    params: { trials: 3 },
    environment: {
      userAgent: "test",
      hardwareConcurrency: 2,
      crossOriginIsolated: true,
      timerResolutionMs: 0.005,
      wasmSimd: true,
      wasmThreads: true,
      gpu: null,
    },
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:00:01.000Z",
    x,
    samples: SAMPLES,
    summary: summarize(SAMPLES),
  };
}

/** What a mark is, as Plot names it in the chart's SVG, with the styles the test reads. */
interface MarkLike {
  ariaLabel?: string;
  fillOpacity?: number;
}

const charts = {
  runtimeChart: (results: Results) => runtimeChart(results, Plot),
  fieldChart: (results: Results) => fieldChart(results, Plot, { field: "lost", label: "lost" }),
};

describe.each(Object.entries(charts))("%s", (_, chart) => {
  it("says the x unit once, after a name that is not the unit", () => {
    expect(chart(resultsOver({ name: "tasks", unit: "tasks" })).x?.label).toBe("tasks →");
    expect(chart(resultsOver({ name: "payload", unit: "MiB" })).x?.label).toBe("payload (MiB) →");
  });

  it("formats the ticks of both axes with the one tick rule, no exponents", () => {
    const options = chart(resultsOver({ name: "n", unit: "numbers" }));
    expect(options.x?.tickFormat).toBe(formatTick);
    expect(options.y?.tickFormat).toBe(formatTick);
  });

  it("draws the faint bands first and the visible medians over all of them", () => {
    const marks = (chart(resultsOver({ name: "n", unit: "numbers" })).marks ?? []) as MarkLike[];
    const labels = marks.map((mark) => mark.ariaLabel);
    expect(labels).toEqual(["area", "line", "tip"]);
    expect(marks[0]?.fillOpacity).toBe(BAND_OPACITY);
    expect(BAND_OPACITY).toBeLessThanOrEqual(0.15);
  });
});
