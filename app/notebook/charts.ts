import * as Plot from "@observablehq/plot";
import type { Results } from "../engine/results";

export interface RuntimeChartOptions {
  x?: "log" | "linear";
  y?: "log" | "linear";
  /** What the y axis measures in ms, when it is not the runtime. */
  yLabel?: string;
}

/**
 * Runtime against the swept variable, one colour per series: the median as a line with dots,
 * the 5–95 % band of the trials behind it.
 *
 * @example chart: (results) => runtimeChart(results, { x: "log", y: "log" })
 */
export function runtimeChart(
  results: Results,
  { x = "log", y = "log", yLabel = "runtime" }: RuntimeChartOptions = {},
): Plot.PlotOptions {
  const rows = results.summary;
  const seriesInRunOrder = [...new Set(rows.map((row) => row.series))];
  return {
    ariaLabel: `${capitalize(yLabel)} against ${results.x.name}: median line and 5 to 95 percent band for each series`,
    height: 320,
    marginLeft: 56,
    x: { type: x, label: `${results.x.name} (${results.x.unit}) →`, grid: true },
    y: { type: y, label: `↑ ${yLabel} (ms)`, grid: true, tickFormat: "~g" },
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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
