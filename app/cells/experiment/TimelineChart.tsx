import type { PlotOptions } from "@observablehq/plot";
import { useMemo } from "react";
import { LEGEND_HEIGHT } from "../../../kit/charts";
import { formatTick } from "../../../kit/format";
import { ChartFigure } from "../plot/ChartFigure";
import { usePlot } from "../plot/usePlot";
import { TimelineTable } from "./TimelineTable";

/** A bar on the timeline: the results format's `timeline` rows. */
export interface TimelineBar {
  lane: string;
  kind: string;
  start: number;
  end: number;
  [extra: string]: unknown;
}

/** The pool's chunk timeline: the trip to the worker, the run, the trip back. */
export const POOL_TIMELINE_COLORS: Record<string, string> = {
  "to worker": "var(--muted)",
  run: "var(--accent)",
  back: "var(--warn)",
};

interface Props {
  bars: readonly TimelineBar[];
  /** The chart's caption and accessible name. */
  label: string;
  /** A colour for each kind of bar, in legend order. */
  colors?: Record<string, string>;
}

/**
 * A Gantt chart, one lane per worker (or thread), one bar per span of time, coloured by kind:
 * by default a pool's chunks (to the worker, run, back). Times in ms.
 */
export function TimelineChart({ bars, label, colors = POOL_TIMELINE_COLORS }: Props) {
  const plot = usePlot(true);
  const lanes = useMemo(
    () =>
      [...new Set(bars.map((bar) => bar.lane))].sort((a, b) =>
        a.localeCompare(b, "en", { numeric: true }),
      ),
    [bars],
  );
  const height = 60 + 32 * lanes.length;
  const options = useMemo<PlotOptions | null>(() => {
    if (plot.status !== "ready") return null;
    const { Plot } = plot;
    return {
      ariaLabel: label,
      height,
      marginLeft: 72,
      x: { label: "time since the run began (ms) →", grid: true, tickFormat: formatTick },
      y: { label: null, domain: lanes },
      color: {
        legend: true,
        domain: Object.keys(colors),
        range: Object.values(colors),
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
  }, [plot, bars, lanes, height, label, colors]);
  return (
    <ChartFigure
      className="timeline"
      plot={plot}
      options={options}
      placeholderHeight={height + LEGEND_HEIGHT}
      caption={label}
      summary="The timeline's numbers"
      table={() => <TimelineTable bars={bars} label={label} />}
    />
  );
}
