import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";

/** Renders Observable Plot options, as wide as its container, redrawn when either changes. */
export function PlotFigure({ options }: { options: Plot.PlotOptions }) {
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
    const figure = Plot.plot({ ...options, width });
    node.replaceChildren(figure);
    return () => figure.remove();
  }, [options, width]);

  return <div ref={container} className="plot" />;
}
