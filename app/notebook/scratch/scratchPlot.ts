import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "../../../workers/kernel-protocol";
import type { MarkName } from "../../engine/kernel/plotRequest";

/**
 * Makes the mark calls the kernel recorded (`Plot.lineY(rows, {...})`) with the real Plot. Only
 * Plot's mark functions can be called; a mark Plot refuses throws.
 */
export function plotOptionsOf(spec: PlotSpec): Plot.PlotOptions {
  const { marks, ...options } = spec;
  const built: Plot.PlotOptions = {
    ariaLabel: "Chart returned by the scratch cell's code",
    ...options,
    marks: marks.map(({ mark, args }) => {
      if (!Object.hasOwn(MARKS, mark)) throw new Error(`Plot has no mark called ${mark}.`);
      const make = MARKS[mark as MarkName] as (...markArgs: unknown[]) => Plot.Markish;
      return make(...args);
    }),
  };
  return built;
}

/** The marks the kernel's `Plot` records, by name; the type keeps both lists the same. */
const MARKS = {
  area: Plot.area,
  areaX: Plot.areaX,
  areaY: Plot.areaY,
  arrow: Plot.arrow,
  barX: Plot.barX,
  barY: Plot.barY,
  cell: Plot.cell,
  dot: Plot.dot,
  dotX: Plot.dotX,
  dotY: Plot.dotY,
  frame: Plot.frame,
  gridX: Plot.gridX,
  gridY: Plot.gridY,
  line: Plot.line,
  lineX: Plot.lineX,
  lineY: Plot.lineY,
  link: Plot.link,
  rect: Plot.rect,
  rectX: Plot.rectX,
  rectY: Plot.rectY,
  ruleX: Plot.ruleX,
  ruleY: Plot.ruleY,
  text: Plot.text,
  textX: Plot.textX,
  textY: Plot.textY,
  tickX: Plot.tickX,
  tickY: Plot.tickY,
} satisfies Record<MarkName, unknown>;
