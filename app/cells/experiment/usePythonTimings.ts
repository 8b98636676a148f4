import { type Dispatch, useRef } from "react";
import type { Results, Sample } from "../../../common/results";
import type { PythonRun } from "../../../engine/experiment";
import {
  joinPythonSamples,
  pythonSamplesOf,
  readPythonMeasures,
} from "../../../engine/pythonMeasures";
import type { RunEvent } from "../../../engine/runState";

/**
 * A Python twin's timings on its cell's chart: read from what the twin printed when its run
 * ends, joined into the results the cell shows now, and into every later run's results (the
 * twin's last run stays on the chart until it runs again).
 */
export function usePythonTimings(
  pythonRun: PythonRun | undefined,
  shown: Results | null,
  dispatch: Dispatch<RunEvent>,
) {
  const latest = useRef<Sample[]>([]);
  const shownNow = useRef(shown);
  shownNow.current = shown;
  const measures = pythonRun?.measures;
  // Restored results (a reload) carry the twin's last timings: later runs keep them too.
  if (latest.current.length === 0 && shown) latest.current = pythonSamplesOf(shown);

  function onPythonFinished(output: string) {
    if (!measures) return;
    latest.current = readPythonMeasures(output, measures);
    const results = shownNow.current;
    if (results) dispatch({ type: "joined", results: joinPythonSamples(results, latest.current) });
  }

  /** A finished run's results, with the twin's last timings on them. */
  function withPythonTimings(results: Results): Results {
    return latest.current.length > 0 ? joinPythonSamples(results, latest.current) : results;
  }

  return { onPythonFinished, withPythonTimings };
}
