import { useMemo } from "react";
import type { Experiment } from "../engine/experiment";
import type { Results } from "../engine/results";
import { ChartFigure } from "./ChartFigure";
import { ResultsTable } from "./ResultsTable";
import { TimelineChart } from "./TimelineChart";

/** What a run measured: a sentence reading it, the chart, and the same numbers as a table. */
export function ResultsView({ experiment, results }: { experiment: Experiment; results: Results }) {
  const options = useMemo(() => experiment.chart(results), [experiment, results]);
  const headline = experiment.headline?.(results);
  const notes = experiment.notes?.(results) ?? [];
  return (
    <div className="results">
      {headline && <p className="headline">{headline}</p>}
      {notes.length > 0 && (
        <dl className="notes">
          {notes.map((note) => (
            <div key={note.label}>
              <dt>{note.label}</dt>
              <dd>{note.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <ChartFigure
        options={options}
        table={() => <ResultsTable results={results} measured={experiment.measured ?? "Runtime"} />}
      />
      {results.timeline && experiment.timelineTitle && (
        <TimelineChart
          bars={results.timeline}
          label={experiment.timelineTitle(results)}
          {...(experiment.timelineColors ? { colors: experiment.timelineColors } : {})}
        />
      )}
    </div>
  );
}
