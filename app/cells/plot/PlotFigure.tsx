import type { PlotOptions } from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";
import type { PlotModule } from "../../../engine/experiment";

/**
 * Renders Observable Plot options, as wide as its container, redrawn when either changes. Options
 * that Plot refuses throw, unless `onError` takes the error (options the reader wrote, say).
 *
 * Where the stylesheet sets `--plot-fit: fill` on `.plot` (presenter mode), the chart fills its
 * container's height too, and its text takes the container's font size: Plot draws at its own
 * 10 px scale, and the drawing is zoomed to the container, so a slide's chart and its labels
 * grow with the screen.
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
  const [box, setBox] = useState<Box>({ width: 0, height: 0, zoom: 1 });

  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = boxOf(node, entry.contentRect);
      setBox((box) => (sameBox(box, next) ? box : next));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const node = container.current;
    if (!node || box.width === 0) return;
    const width = Math.floor(box.width / box.zoom);
    const height = box.height > 0 ? Math.floor(box.height / box.zoom) : undefined;
    let figure: ReturnType<PlotModule["plot"]>;
    try {
      figure = draw(Plot, options, node, width, height, box.zoom);
      // A legend above the chart takes room of its own: draw again, as much shorter.
      const over =
        height === undefined ? 0 : figure.getBoundingClientRect().height / box.zoom - height;
      if (height !== undefined && over > 1) {
        figure.remove();
        figure = draw(
          Plot,
          options,
          node,
          width,
          Math.max(80, Math.floor(height - over)),
          box.zoom,
        );
      }
    } catch (error) {
      if (!onError) throw error;
      onError(error);
      return;
    }
    return () => figure.remove();
  }, [Plot, options, box, onError]);

  return <div ref={container} className="plot" />;
}

/** The room a chart has: its width, and its height and zoom when it fills its container. */
interface Box {
  width: number;
  /** 0 unless the chart fills its container's height. */
  height: number;
  zoom: number;
}

/** Plot's own text size, in px, at zoom 1. */
const PLOT_TEXT_PX = 10;

function boxOf(node: HTMLElement, rect: DOMRectReadOnly): Box {
  const style = getComputedStyle(node);
  if (style.getPropertyValue("--plot-fit").trim() !== "fill") {
    return { width: Math.floor(rect.width), height: 0, zoom: 1 };
  }
  const zoom = Math.max(1, Number.parseFloat(style.fontSize) / PLOT_TEXT_PX);
  return { width: Math.floor(rect.width), height: Math.floor(rect.height) - 1, zoom };
}

const sameBox = (a: Box, b: Box) =>
  a.width === b.width && a.height === b.height && a.zoom === b.zoom;

function draw(
  Plot: PlotModule,
  options: PlotOptions,
  node: HTMLElement,
  width: number,
  height: number | undefined,
  zoom: number,
): ReturnType<PlotModule["plot"]> {
  const figure = Plot.plot({ ...options, width, ...(height !== undefined && { height }) });
  labelAsImage(figure);
  if (zoom !== 1) (figure as HTMLElement | SVGElement).style.zoom = String(zoom);
  node.replaceChildren(figure);
  return figure;
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
