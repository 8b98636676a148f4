import * as Plot from "@observablehq/plot";
import type { Results } from "../../app/engine/results";
import { quantile } from "../../app/engine/stats";
import { keptSamples } from "./read";

export interface FieldChartOptions {
  /** The sample field to plot, e.g. "lostPercent". */
  field: string;
  /** The y axis label, with its unit. */
  label: string;
  x?: "log" | "linear";
  y?: "log" | "linear";
}

/**
 * A measured quantity other than runtime against the swept variable: per series, the median of
 * the kept trials as a line with dots, their 5–95 % range as a band, as `runtimeChart` draws time.
 */
export function fieldChart(
  results: Results,
  { field, label, x = "log", y = "linear" }: FieldChartOptions,
): Plot.PlotOptions {
  const groups = new Map<string, { series: string; x: number; values: number[] }>();
  for (const sample of keptSamples(results)) {
    const value = sample[field];
    if (typeof value !== "number") continue;
    const key = `${sample.series}\u0000${sample.x}`;
    const group = groups.get(key) ?? { series: sample.series, x: sample.x, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  const rows = [...groups.values()].map((group) => {
    const sorted = group.values.sort((a, b) => a - b);
    return {
      series: group.series,
      x: group.x,
      q05: quantile(sorted, 0.05),
      q50: quantile(sorted, 0.5),
      q95: quantile(sorted, 0.95),
    };
  });
  // From every sample, not just the kept ones: a dropped first trial must not reorder the legend.
  const seriesInRunOrder = [...new Set(results.samples.map((sample) => sample.series))];
  return {
    ariaLabel: `${label} against ${results.x.name}: median line and 5 to 95 percent band for each series`,
    height: 320,
    marginLeft: 56,
    x: { type: x, label: `${results.x.name} (${results.x.unit}) →`, grid: true },
    y: { type: y, label: `↑ ${label}`, grid: true, tickFormat: "~g" },
    color: { legend: true, domain: seriesInRunOrder },
    marks: [
      Plot.areaY(rows, {
        x: "x",
        y1: "q05",
        y2: "q95",
        fill: "series",
        z: "series",
        fillOpacity: 0.18,
      }),
      Plot.line(rows, {
        x: "x",
        y: "q50",
        stroke: "series",
        z: "series",
        strokeWidth: 2,
        marker: "circle",
      }),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "x",
          y: "q50",
          stroke: "series",
          channels: { series: "series", "5 %": "q05", "95 %": "q95" },
          format: { stroke: false },
        }),
      ),
    ],
  };
}
