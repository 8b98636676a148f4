import { useEffect, useReducer, useRef } from "react";
import type { PythonScript } from "../../../common/wire";
import { initialPythonRun, pythonRunReducer } from "../../../engine/pythonRunState";

/** Python needs module workers and WebAssembly; a sentence for a browser without them. */
function missingForPython(): string | null {
  if (typeof WebAssembly !== "object") {
    return "This browser has no WebAssembly, which CPython here is compiled to.";
  }
  if (typeof Worker !== "function") {
    return "This browser has no Web Workers, where each Python process runs.";
  }
  return null;
}

/**
 * Runs Python programs for a cell: one at a time, each in fresh interpreters (the runtime loads
 * on the first Run, not before), its output and state through `pythonRunReducer`. Stop sends
 * `KeyboardInterrupt`, then ends what ignores it.
 */
export function usePythonRun() {
  const [state, dispatch] = useReducer(pythonRunReducer, initialPythonRun);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  async function run(script: PythonScript) {
    if (running.current) return;
    const missing = missingForPython();
    if (missing) return dispatch({ type: "unsupported", message: missing });
    const controller = new AbortController();
    running.current = controller;
    dispatch({ type: "started" });
    try {
      const { runPythonProgram } = await import("../../../workers/python/host/pythonProgram");
      const result = await runPythonProgram(script, {
        onOutput: (stream, text) => dispatch({ type: "output", stream, text }),
        onProcessStarted: (pid, ms, warm) => dispatch({ type: "process-started", pid, ms, warm }),
        signal: controller.signal,
      });
      if (result.stopped || result.exitCode === null) {
        dispatch({ type: "stopped", runMs: result.runMs });
      } else {
        const { exitCode, line, runMs } = result;
        dispatch({ type: "exited", exitCode, line, runMs });
      }
    } catch (error) {
      if (controller.signal.aborted) dispatch({ type: "stopped", runMs: null });
      else dispatch({ type: "failed", message: (error as Error).message });
    } finally {
      running.current = null;
    }
  }

  function stop() {
    running.current?.abort();
  }

  return { state, run, stop };
}
