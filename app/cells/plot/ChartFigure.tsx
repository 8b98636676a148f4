import type { PlotOptions } from "@observablehq/plot";
import { type ReactNode, useState } from "react";
import { PlotFigure } from "./PlotFigure";
import type { PlotState } from "./usePlot";

interface Props {
  plot: PlotState;
  /** The chart, once `plot` is ready. */
  options: PlotOptions | null;
  /** The drawn chart's height in px, kept free while Plot loads so nothing below it moves. */
  placeholderHeight: number;
  /** A visible caption; the chart's accessible name is its options' `ariaLabel`. */
  caption?: string;
  /** The disclosure's label. */
  summary?: string;
  /** The chart's numbers as a table, for screen readers and for anyone who wants the values. */
  table: () => ReactNode;
  className?: string;
}

/**
 * A chart and the table of its numbers. The table is built only once the reader opens it, so a
 * long timeline costs nothing until someone asks for it; the chart waits for Plot behind an
 * empty box of its own size.
 */
export function ChartFigure({
  plot,
  options,
  placeholderHeight,
  caption,
  summary = "The numbers behind the chart",
  table,
  className = "",
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <figure className={`chart ${className}`.trim()}>
      {caption && <figcaption>{caption}</figcaption>}
      {plot.status === "ready" && options ? (
        <PlotFigure Plot={plot.Plot} options={options} />
      ) : plot.status === "failed" ? (
        <p className="message error" role="alert">
          {plot.message}
        </p>
      ) : (
        <div className="plot-placeholder" style={{ height: placeholderHeight }} />
      )}
      <details className="numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{summary}</summary>
        {open && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls in its own box, and a keyboard must reach it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
          <section className="table-scroll" aria-label={summary} tabIndex={0}>
            {table()}
          </section>
        )}
      </details>
    </figure>
  );
}
