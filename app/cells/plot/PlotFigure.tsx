import type { PlotOptions } from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";
import type { PlotModule } from "../../../engine/experiment";

/**
 * Renders Observable Plot options, as wide as its container, redrawn when either changes. Options
 * that Plot refuses throw, unless `onError` takes the error (options the reader wrote, say).
 */
export function PlotFigure({
  Plot,
  options,
  onError,
}: {
  Plot: PlotModule;
  options: PlotOptions;
  onError?: (error: unknown) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const node = container.current;
    if (!node || width === 0) return;
    let figure: ReturnType<PlotModule["plot"]>;
    try {
      figure = Plot.plot({ ...options, width });
    } catch (error) {
      if (!onError) throw error;
      onError(error);
      return;
    }
    labelAsImage(figure);
    node.replaceChildren(figure);
    return () => figure.remove();
  }, [Plot, options, width, onError]);

  return <div ref={container} className="plot" />;
}

/**
 * Plot names its svg (the options' `ariaLabel`) and each group of marks ("line", "area"), but
 * gives none of them a role, and ARIA forbids names on role-less elements. The chart becomes one
 * named image, and its mark groups named groups inside it (tests find marks by those names).
 */
function labelAsImage(figure: Element): void {
  const charts = figure instanceof SVGSVGElement ? [figure] : figure.querySelectorAll("svg");
  for (const svg of charts) {
    if (!svg.hasAttribute("aria-label")) continue;
    svg.setAttribute("role", "img");
    for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  }
}
