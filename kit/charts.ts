import type { PlotOptions } from "@observablehq/plot";
import type { Results, SummaryRow } from "../common/results";
import { summarize } from "../common/stats";
import type { PlotModule } from "../engine/experiment";
import { formatTick, quantityLabel } from "./format";

/** The plot area's height in the band charts below. */
const BAND_CHART_HEIGHT = 320;

/** What Plot's colour legend adds above a chart: one row of swatches and the figure's margins. */
export const LEGEND_HEIGHT = 38;

/**
 * What a results chart takes on the page once drawn, legend included: the room its placeholder
 * keeps free while Plot loads.
 */
export const RESULTS_CHART_PLACEHOLDER_HEIGHT = BAND_CHART_HEIGHT + LEGEND_HEIGHT;

export interface RuntimeChartOptions {
  x?: "log" | "linear";
  y?: "log" | "linear";
  /** What the y axis measures in ms, when it is not the runtime. */
  yLabel?: string;
}

/** How opaque a 5–95 % band is: faint enough that bands overlapping still show the lines. */
export const BAND_OPACITY = 0.12;

/**
 * Runtime against the swept variable, one colour per series: the median as a line with dots,
 * the 5–95 % band of the trials behind it.
 *
 * @example chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" })
 */
export function runtimeChart(
  results: Results,
  Plot: PlotModule,
  { x = "log", y = "log", yLabel = "runtime" }: RuntimeChartOptions = {},
): PlotOptions {
  return bandChart(results, Plot, results.summary, { x, y, label: `${yLabel} (ms)`, name: yLabel });
}

export interface FieldChartOptions {
  /** The sample field to plot, e.g. "lostPercent". */
  field: string;
  /** What it measures, with its unit, for the y axis. */
  label: string;
  x?: "log" | "linear";
  y?: "log" | "linear";
}

/**
 * Another number each sample kept, drawn as `runtimeChart` draws time: the median of the kept
 * trials per series, with their 5–95 % band.
 *
 * @example chart: (results, Plot) => fieldChart(results, Plot, { field: "lostPercent", label: "lost (%)" })
 */
export function fieldChart(
  results: Results,
  Plot: PlotModule,
  { field, label, x = "log", y = "linear" }: FieldChartOptions,
): PlotOptions {
  const rows = summarize(results.samples, (sample) => sample[field]);
  return bandChart(results, Plot, rows, { x, y, label, name: label });
}

function bandChart(
  results: Results,
  Plot: PlotModule,
  rows: readonly SummaryRow[],
  options: { x: "log" | "linear"; y: "log" | "linear"; label: string; name: string },
): PlotOptions {
  const seriesInRunOrder = [...new Set(rows.map((row) => row.series))];
  return {
    ariaLabel: `${capitalize(options.name)} against ${results.x.name}: median line and 5 to 95 percent band for each series`,
    height: BAND_CHART_HEIGHT,
    marginLeft: 56,
    x: {
      type: options.x,
      label: `${quantityLabel(results.x.name, results.x.unit)} →`,
      grid: true,
      tickFormat: formatTick,
    },
    y: { type: options.y, label: `↑ ${options.label}`, grid: true, tickFormat: formatTick },
    color: { legend: true, domain: seriesInRunOrder },
    // Every band first and faint, then every median over all of them: no band hides a median.
    marks: [
      Plot.areaY(rows, {
        x: "x",
        y1: "q05",
        y2: "q95",
        fill: "series",
        z: "series",
        fillOpacity: BAND_OPACITY,
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
