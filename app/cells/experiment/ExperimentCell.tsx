import { useEffect, useReducer, useRef, useState } from "react";
import { type Capabilities, missingReason } from "../../../common/capabilities";
import { memoryProblem } from "../../../common/memory";
import type { Experiment, ParamValues } from "../../../engine/experiment";
import { paramProblems } from "../../../engine/params";
import { runExperiment } from "../../../engine/runner";
import { initialRunState, resultsOf, runReducer } from "../../../engine/runState";
import { savedKey } from "../../../engine/saved/store";
import { type TaskDiagnostic, taskDiagnostics } from "../../../workers/pool/host/task";
import { cellHref } from "../../route/route";
import { useCellDraft } from "../editor/useCellDraft";
import { useLinkedCode } from "../editor/useLinkedCode";
import { useLessonSlug } from "../lessonContext";
import { preloadPlot } from "../plot/usePlot";
import { useRunSizes } from "../runSizes";
import { useShareShownResults } from "../shownResults";
import { useGuess } from "../teaching/useGuess";
import { useCapabilities } from "../useCapabilities";
import { useCodeToggle } from "../useCodeToggle";
import { CellKeepActions } from "./CellKeepActions";
import { CellNotices } from "./CellNotices";
import { CodePanel } from "./CodePanel";
import { DownloadButtons } from "./DownloadButtons";
import { OwnParamsNotice } from "./OwnParamsNotice";
import { ParamControls } from "./ParamControls";
import { ResultsBoundary } from "./ResultsBoundary";
import { ResultsView } from "./ResultsView";
import { RunStatus } from "./RunStatus";
import { taskCodeSlot } from "./TaskCode";
import { useCellLink } from "./useCellLink";
import { useCellParams } from "./useCellParams";
import { useOverlays } from "./useOverlays";
import { usePythonTimings } from "./usePythonTimings";
import { useRunMarker } from "./useRunMarker";
import { useSavedRun } from "./useSavedRun";

/** An experiment cell: `<Experiment of={definition} />` in a lesson. */
export function ExperimentCell({ of: experiment }: { of: Experiment }) {
  const lesson = useLessonSlug();
  const capabilities = useCapabilities();
  const link = useCellLink(lesson, experiment.id);
  const savedParams = useCellParams(experiment, lesson, link);
  const params = savedParams.value;
  const sizes = useRunSizes();
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const savedRun = useSavedRun({ lesson, experiment: experiment.id }, state, dispatch);
  const imported = useOverlays({ lesson, experiment: experiment.id });
  const running = useRef<AbortController | null>(null);
  const taskSource = experiment.sources.find((source) => source.name === experiment.task?.source);
  const draft = useCellDraft(lesson, experiment.id, taskSource?.code ?? "");
  const linkedCode = useLinkedCode(link, draft);
  const unfinishedRun = useRunMarker(lesson, experiment.id, state.status);
  const [diagnostics, setDiagnostics] = useState<TaskDiagnostic[]>([]);
  const problems = paramProblems(experiment.params, params);
  const tooBig = memoryProblemOf(experiment, params, problems, capabilities);
  const results = resultsOf(state);
  const pythonTimings = usePythonTimings(experiment.pythonRun, results, dispatch);
  const { guess } = useGuess(savedKey("guess", lesson, experiment.id));
  const code = useCodeToggle(experiment.id);
  useShareShownResults(lesson, experiment.id, state.status === "running" ? null : results);

  useEffect(() => {
    if (!capabilities) return;
    const reason = experiment.requires
      .map((capability) => missingReason(capability, capabilities))
      .find((found) => found !== null);
    if (reason) dispatch({ type: "unsupported", reason });
  }, [capabilities, experiment]);

  useEffect(() => () => running.current?.abort(), []);

  async function run() {
    if (!capabilities) return;
    const controller = new AbortController();
    running.current = controller;
    dispatch({ type: "started" });
    preloadPlot(); // the chart library arrives while the first point is measured
    setDiagnostics([]);
    try {
      const finished = await runExperiment({
        experiment,
        lesson,
        params,
        environment: capabilities.environment,
        signal: controller.signal,
        editedCode: draft.editedCode,
        onProgress: (partial, { fraction, remainingMs }) => {
          if (controller.signal.aborted) return;
          dispatch({ type: "progressed", results: partial, progress: { fraction, remainingMs } });
        },
      });
      if (!controller.signal.aborted) {
        dispatch({ type: "finished", results: pythonTimings.withPythonTimings(finished) });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      dispatch({ type: "failed", message: errorMessage(error) });
      setDiagnostics(taskDiagnostics(error));
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  function stop() {
    running.current?.abort(new DOMException("Stopped by the reader", "AbortError"));
    dispatch({ type: "stopped" });
  }

  const titleId = `${experiment.id}-title`;
  const isRunning = state.status === "running";
  const canRun =
    capabilities !== null &&
    !isRunning &&
    state.status !== "unsupported" &&
    Object.keys(problems).length === 0 &&
    tooBig === null;

  return (
    <section
      className="cell experiment"
      id={experiment.id}
      data-experiment={experiment.id}
      data-state={state.status}
      data-freezes-page={experiment.freezesPage ? "" : undefined}
      data-code-shown={code.shown ? "" : undefined}
      aria-labelledby={titleId}
    >
      <header className="cell-header">
        <h3 id={titleId}>{experiment.title}</h3>
        <a className="cell-link" href={cellHref(lesson, experiment.id)} title="Link to this cell">
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">Link to {experiment.title}</span>
        </a>
      </header>
      <CodePanel
        sources={experiment.sources}
        python={experiment.python}
        pythonRun={experiment.pythonRun}
        onPythonFinished={pythonTimings.onPythonFinished}
        editable={taskCodeSlot(experiment, draft, diagnostics)}
        hidden={code.hidden}
        id={code.id}
      />
      <ParamControls
        specs={experiment.params}
        values={params}
        problems={problems}
        disabled={isRunning}
        onChange={(name, value) => savedParams.set({ ...params, [name]: value })}
      />
      {savedParams.differsFromSizes && (
        <OwnParamsNotice sizes={sizes} disabled={isRunning} onApply={savedParams.applySizes} />
      )}
      {experiment.freezesPage && <p className="freezes-page">{experiment.freezesPage}</p>}
      {tooBig && (
        <p className="message error" role="alert">
          {tooBig}
        </p>
      )}
      <div className="cell-actions">
        <button type="button" className="primary" onClick={run} disabled={!canRun}>
          Run
        </button>
        <button type="button" onClick={stop} disabled={!isRunning}>
          Stop
        </button>
        {code.button}
        <DownloadButtons results={results} />
      </div>
      <CellKeepActions
        lesson={lesson}
        experiment={experiment.id}
        params={Object.keys(problems).length === 0 ? params : null}
        editedCode={draft.editedCode}
        canForget={results !== null && !isRunning}
        onImport={imported.importFiles}
        onForget={savedRun.forget}
      />
      <CellNotices
        messages={[
          linkedCode,
          unfinishedRun,
          ...savedParams.problems,
          savedRun.problem,
          draft.problem,
          ...imported.problems,
        ]}
      />
      <RunStatus state={state} />
      {(results || imported.overlays.length > 0) && (
        <ResultsBoundary key={`${state.status}:${imported.overlays.length}`}>
          <ResultsView
            experiment={experiment}
            results={results}
            overlays={imported.overlays}
            onRemoveOverlay={imported.remove}
            guess={guess}
          />
        </ResultsBoundary>
      )}
    </section>
  );
}

/** Why these params need more memory than this device has; null when they fit or are invalid. */
function memoryProblemOf(
  experiment: Experiment,
  params: ParamValues,
  problems: Record<string, string>,
  capabilities: Capabilities | null,
): string | null {
  if (!experiment.memoryBytes || !capabilities || Object.keys(problems).length > 0) return null;
  return memoryProblem(experiment.memoryBytes(params), capabilities.memoryBudgetBytes);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
