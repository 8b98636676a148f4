import type * as Plot from "@observablehq/plot";
import { type ReactNode, useState } from "react";
import { PlotFigure } from "./PlotFigure";

interface Props {
  options: Plot.PlotOptions;
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
 * long timeline costs nothing until someone asks for it.
 */
export function ChartFigure({
  options,
  caption,
  summary = "The numbers behind the chart",
  table,
  className = "",
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <figure className={`chart ${className}`.trim()}>
      {caption && <figcaption>{caption}</figcaption>}
      <PlotFigure options={options} />
      <details className="numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{summary}</summary>
        {open && (
          // A wide table scrolls in its own box; focusable, so a keyboard can scroll it too.
          <div className="table-scroll" role="region" aria-label={summary} tabIndex={0}>
            {table()}
          </div>
        )}
      </details>
    </figure>
  );
}
