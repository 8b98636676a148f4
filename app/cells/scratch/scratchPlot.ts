import type { Markish, PlotOptions } from "@observablehq/plot";
import { MARK_NAMES, type MarkName } from "../../../common/scratch/plotRequest";
import type { PlotSpec } from "../../../common/wire";
import type { PlotModule } from "../../../engine/experiment";

/**
 * Makes the mark calls the kernel recorded (`Plot.lineY(rows, {...})`) with the real Plot. Only
 * Plot's mark functions can be called; a mark Plot refuses throws.
 */
export function plotOptionsOf(spec: PlotSpec, Plot: PlotModule): PlotOptions {
  const { marks, ...options } = spec;
  const built: PlotOptions = {
    ariaLabel: "Chart returned by the scratch cell's code",
    ...options,
    marks: marks.map(({ mark, args }) => {
      if (!isMarkName(mark)) throw new Error(`Plot has no mark called ${mark}.`);
      const make = Plot[mark] as (...markArgs: unknown[]) => Markish;
      return make(...args);
    }),
  };
  return built;
}

const isMarkName = (name: string): name is MarkName =>
  (MARK_NAMES as readonly string[]).includes(name);
