import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import { PlotFigure } from "./PlotFigure";

/** A bar on the timeline: the results format's `timeline` rows. */
export interface TimelineBar {
  lane: string;
  kind: string;
  start: number;
  end: number;
  [extra: string]: unknown;
}

const KINDS = ["to worker", "run", "back"];

/**
 * A Gantt chart of what each worker did, one lane per worker: each chunk's trip to the worker,
 * its run, and the trip back, in ms. Reusable for any experiment that records a timeline.
 */
export function TimelineChart({ bars, label }: { bars: readonly TimelineBar[]; label: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const lanes = [...new Set(bars.map((bar) => bar.lane))].sort((a, b) =>
      a.localeCompare(b, "en", { numeric: true }),
    );
    return {
      ariaLabel: label,
      height: 60 + 32 * lanes.length,
      marginLeft: 72,
      x: { label: "time since the run began (ms) →", grid: true },
      y: { label: null, domain: lanes },
      color: {
        legend: true,
        domain: KINDS,
        range: ["var(--muted)", "var(--accent)", "var(--warn)"],
      },
      marks: [
        Plot.barX(bars, {
          x1: "start",
          x2: "end",
          y: "lane",
          fill: "kind",
          insetTop: 4,
          insetBottom: 4,
        }),
        Plot.tip(
          bars,
          Plot.pointer({
            x1: "start",
            x2: "end",
            y: "lane",
            channels: { kind: "kind", chunk: "chunk", items: "items" },
            format: {
              x1: (ms: number) => `${ms.toFixed(2)} ms`,
              x2: (ms: number) => `${ms.toFixed(2)} ms`,
            },
          }),
        ),
      ],
    };
  }, [bars, label]);
  return <PlotFigure options={options} />;
}
