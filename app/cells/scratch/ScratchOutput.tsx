import { useCallback, useMemo, useState } from "react";
import { toDisplay } from "../../../common/scratch/display";
import type { Display, OutputLine } from "../../../common/wire";
import type { PlotModule } from "../../../engine/experiment";
import { PlotFigure } from "../plot/PlotFigure";
import { usePlot } from "../plot/usePlot";
import { plotOptionsOf } from "./scratchPlot";

/** What the code printed, as lines; warnings and errors marked. */
export function PrintedLines({ lines, dropped }: { lines: OutputLine[]; dropped: number }) {
  if (lines.length === 0 && dropped === 0) return null;
  return (
    <figure className="scratch-printed">
      <figcaption>Printed</figcaption>
      <pre>
        {lines.map((line, index) => (
          // Lines only ever append, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index} className="printed-line" data-level={line.level}>
            {line.text}
            {"\n"}
          </span>
        ))}
      </pre>
      {dropped > 0 && (
        <p className="note">
          … and {dropped.toLocaleString("en")} more lines, not shown (only the first{" "}
          {lines.length.toLocaleString("en")} are kept).
        </p>
      )}
    </figure>
  );
}

/** The value the code returned: a chart, a table or text. */
export function ReturnedValue({ display }: { display: Display }) {
  switch (display.kind) {
    case "none":
      return (
        <p className="note">The code returned no value (add a return statement to show one).</p>
      );
    case "plot":
      return <ReturnedChart spec={display.spec} />;
    case "table":
      return <ReturnedTable table={display} title="Returned value" />;
    case "value":
      return (
        <figure className="scratch-value">
          <figcaption>Returned value</figcaption>
          <pre>{display.text}</pre>
          {display.truncated && (
            <p className="note">Too big to show in full: parts are left out where it says …</p>
          )}
        </figure>
      );
  }
}

/** Plot's default chart height, which a returned chart keeps unless its code sets another. */
const SCRATCH_CHART_HEIGHT = 400;

type PlotSpec = Extract<Display, { kind: "plot" }>["spec"];

function ReturnedChart({ spec }: { spec: PlotSpec }) {
  const plot = usePlot(true);
  switch (plot.status) {
    case "waiting":
      return <div className="plot-placeholder" style={{ height: SCRATCH_CHART_HEIGHT }} />;
    case "failed":
      return (
        <p className="message error" role="alert">
          {plot.message}
        </p>
      );
    case "ready":
      return <DrawnChart spec={spec} Plot={plot.Plot} />;
  }
}

function DrawnChart({ spec, Plot }: { spec: PlotSpec; Plot: PlotModule }) {
  const [drawProblem, setDrawProblem] = useState<string | null>(null);
  const built = useMemo(() => {
    try {
      return { options: plotOptionsOf(spec, Plot) };
    } catch (error) {
      return { problem: messageOf(error) };
    }
  }, [spec, Plot]);
  const onError = useCallback((error: unknown) => setDrawProblem(messageOf(error)), []);
  const problem = "problem" in built ? built.problem : drawProblem;
  if (problem !== null || !("options" in built)) {
    return (
      <p className="message error" role="alert">
        Plot could not draw these options: {problem}
      </p>
    );
  }
  // Marks often share one data array (a line and its band): each is listed once.
  const tables = [...new Set(spec.marks.map(({ args }) => args[0]))]
    .map(toDisplay)
    .filter((shown) => shown.kind === "table");
  return (
    <>
      <PlotFigure Plot={Plot} options={built.options} onError={onError} />
      {tables.length > 0 && (
        <details className="data-table">
          <summary>The numbers behind the chart</summary>
          {tables.map((table, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one table per mark data, in order
            <ReturnedTable key={index} table={table} title="Chart data" />
          ))}
        </details>
      )}
    </>
  );
}

function ReturnedTable({
  table,
  title,
}: {
  table: Extract<Display, { kind: "table" }>;
  title: string;
}) {
  const { columns, rows, totalRows, hiddenColumns } = table;
  const left = [
    rows.length < totalRows && `showing ${rows.length} of ${totalRows.toLocaleString("en")} rows`,
    hiddenColumns > 0 && `${hiddenColumns} more columns not shown`,
  ].filter(Boolean);
  return (
    <div className="table-scroll">
      <table>
        <caption>
          {title}: {totalRows.toLocaleString("en")} rows
          {left.length > 0 && ` (${left.join("; ")})`}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={columns[column]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
