import { type RefObject, useState } from "react";
import type { Results } from "../../../common/results";
import { messageOf } from "../usePersistentState";
import { chartPng, chartSvg } from "./chartExport";
import { download, resultsFilename } from "./download";

interface Props {
  /** Holds the drawn chart (PlotFigure's container). */
  chart: RefObject<HTMLElement | null>;
  /** Names the files. */
  results: Results;
}

/** "Download SVG" and "Download PNG" of the chart as drawn, in the current theme. */
export function ChartExportButtons({ chart, results }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const figure = () => {
    const drawn = chart.current?.querySelector(".plot > *");
    if (!drawn) throw new Error("The chart has not been drawn yet.");
    return drawn;
  };
  const save = async (format: "svg" | "png") => {
    try {
      const blob =
        format === "svg"
          ? new Blob([chartSvg(figure()).text], { type: "image/svg+xml" })
          : await chartPng(figure());
      download(resultsFilename(results, format), blob);
      setProblem(null);
    } catch (error) {
      setProblem(`The chart could not be exported: ${messageOf(error)}.`);
    }
  };
  return (
    <div className="chart-export">
      <button type="button" onClick={() => save("svg")}>
        Download SVG
      </button>
      <button type="button" onClick={() => save("png")}>
        Download PNG
      </button>
      {problem && (
        <p className="message error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
