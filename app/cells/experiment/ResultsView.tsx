import { useMemo, useRef, useState } from "react";
import type { Results } from "../../../common/results";
import type { Experiment } from "../../../engine/experiment";
import { type Overlay, overlaySeries, withOverlays } from "../../../engine/overlay";
import { compareGuess, type Guess } from "../../../engine/prediction";
import { verdictOn } from "../../../engine/verdict";
import { RESULTS_CHART_PLACEHOLDER_HEIGHT } from "../../../kit/charts";
import { ChartFigure } from "../plot/ChartFigure";
import { usePlot } from "../plot/usePlot";
import { usePresenting } from "../presenting";
import { ChartExportButtons } from "./ChartExportButtons";
import { FigureSwitch, type ShownFigure } from "./FigureSwitch";
import { OverlayList } from "./OverlayList";
import { RanEditedCode } from "./RanEditedCode";
import { ResultsTable } from "./ResultsTable";
import { TimelineChart } from "./TimelineChart";
import { VerdictView } from "./VerdictView";

interface Props {
  experiment: Experiment;
  /** This browser's results; null when only imported ones are shown. */
  results: Results | null;
  overlays?: readonly Overlay[];
  onRemoveOverlay?(label: string): void;
  /** The reader's guess before the run, shown beside what the run measured. */
  guess?: Guess | null;
}

/**
 * What a run measured: a sentence reading it, the chart (with any imported results drawn over
 * it), and the same numbers as a table.
 */
export function ResultsView({
  experiment,
  results,
  overlays = [],
  onRemoveOverlay,
  guess = null,
}: Props) {
  const shown = useMemo(() => withOverlays(results, overlays), [results, overlays]);
  const plot = usePlot(shown !== null);
  const options = useMemo(
    () => (shown && plot.status === "ready" ? experiment.chart(shown, plot.Plot) : null),
    [experiment, shown, plot],
  );
  const chart = useRef<HTMLDivElement>(null);
  const presenting = usePresenting();
  const [figure, setFigure] = useState<ShownFigure>("chart");
  if (!shown) return null;
  const timeline = results?.timeline && experiment.timelineTitle ? results.timeline : null;
  const switched = presenting && timeline !== null;
  const headline = results && experiment.headline?.(results);
  const expects = experiment.expects;
  const verdicts = expects
    ? [
        ...(results ? [{ whose: "This run", results }] : []),
        ...overlays.map(({ label, results }) => ({
          whose: `The imported run (${label})`,
          results,
        })),
      ].flatMap(({ whose, results }) => {
        const verdict = verdictOn(results, expects, experiment.params);
        return verdict ? [{ whose, verdict }] : [];
      })
    : [];
  const guessed =
    results && guess && experiment.prediction
      ? compareGuess(experiment.prediction, guess, results)
      : null;
  const notes = (results && experiment.notes?.(results)) ?? [];
  // Until the chart is drawn, nothing is claimed about which series it leaves out.
  const drawnSeries: unknown[] = Array.from(options?.color?.domain ?? []);
  const overlaysDrawn =
    options === null ||
    overlays.every((overlay) =>
      overlaySeries(overlay).every((series) => drawnSeries.includes(series)),
    );
  const noteList = notes.length > 0 && (
    <dl className="notes">
      {notes.map((note) => (
        <div key={note.label}>
          <dt>{note.label}</dt>
          <dd>{note.text}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <div className="results" data-figure={switched ? figure : undefined}>
      {headline && <p className="headline">{headline}</p>}
      {verdicts.map(({ whose, verdict }) => (
        <VerdictView key={whose} whose={whose} verdict={verdict} />
      ))}
      {guessed && (
        <p className="guess-beside" data-guess-compared={guessed.close ? "close" : "far"}>
          {guessed.text}
        </p>
      )}
      {results?.editedSources && (
        <RanEditedCode
          summary="This run ran your edited code, not the original"
          sources={results.editedSources}
        />
      )}
      {/* On a slide the chart comes first; the notes on the run wait behind their summary. */}
      {noteList && presenting ? (
        <details className="notes-more">
          <summary>Notes on this run</summary>
          {noteList}
        </details>
      ) : (
        noteList
      )}
      {switched && <FigureSwitch shown={figure} onShow={setFigure} />}
      <div ref={chart}>
        <ChartFigure
          plot={plot}
          options={options}
          placeholderHeight={RESULTS_CHART_PLACEHOLDER_HEIGHT}
          table={() => <ResultsTable results={shown} measured={experiment.measured ?? "Runtime"} />}
        />
      </div>
      <ChartExportButtons chart={chart} results={shown} />
      {overlays.length > 0 && onRemoveOverlay && (
        <OverlayList overlays={overlays} drawn={overlaysDrawn} onRemove={onRemoveOverlay} />
      )}
      {timeline && results && experiment.timelineTitle && (
        <TimelineChart
          bars={timeline}
          label={experiment.timelineTitle(results)}
          {...(experiment.timelineColors ? { colors: experiment.timelineColors } : {})}
        />
      )}
    </div>
  );
}
