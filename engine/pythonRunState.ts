/**
 * A Python run as a cell shows it: its state, what it printed (capped on the page, whatever a
 * worker sends), how long its interpreters took to start, and how it ended. One pure reducer,
 * as for every other cell.
 */

/** The states the test contract names (`data-python-state`). */
export type PythonStatus = "idle" | "running" | "done" | "error" | "stopped" | "unsupported";

export interface OutputChunk {
  stream: "stdout" | "stderr";
  text: string;
}

export interface PythonRunState {
  status: PythonStatus;
  output: OutputChunk[];
  /** Characters printed beyond the cap, dropped. */
  droppedChars: number;
  /**
   * How long the program waited for each interpreter, pid 0 (the main process) first, in ms;
   * `warm` when it was booted ahead, between runs.
   */
  starts: { pid: number; ms: number; warm: boolean }[];
  runMs: number | null;
  exitCode: number | null;
  /** The script's line an uncaught exception came from. */
  line: number | null;
  /** Why the run failed, or why Python cannot run here. */
  message: string | null;
}

export type PythonRunEvent =
  | { type: "started" }
  | { type: "unsupported"; message: string }
  | { type: "output"; stream: "stdout" | "stderr"; text: string }
  | { type: "process-started"; pid: number; ms: number; warm: boolean }
  | { type: "exited"; exitCode: number; line: number | null; runMs: number }
  | { type: "stopped"; runMs: number | null }
  | { type: "failed"; message: string };

/** The most output a cell keeps: a program that prints in a loop cannot fill the page. */
export const OUTPUT_CAP_CHARS = 200_000;

export const initialPythonRun: PythonRunState = {
  status: "idle",
  output: [],
  droppedChars: 0,
  starts: [],
  runMs: null,
  exitCode: null,
  line: null,
  message: null,
};

export function pythonRunReducer(state: PythonRunState, event: PythonRunEvent): PythonRunState {
  if (event.type === "started") return { ...initialPythonRun, status: "running" };
  if (event.type === "unsupported") {
    return { ...initialPythonRun, status: "unsupported", message: event.message };
  }
  // What arrives after the run ended (Stop, say) belongs to no run the cell shows.
  if (state.status !== "running") return state;
  switch (event.type) {
    case "output":
      return withOutput(state, event.stream, event.text);
    case "process-started":
      return {
        ...state,
        starts: [...state.starts, { pid: event.pid, ms: event.ms, warm: event.warm }],
      };
    case "exited": {
      const { exitCode, line, runMs } = event;
      const status = exitCode === 0 ? "done" : "error";
      const message = exitCode === 0 ? null : `The program exited with code ${exitCode}.`;
      return { ...state, status, exitCode, line, runMs, message };
    }
    case "stopped":
      return { ...state, status: "stopped", runMs: event.runMs };
    case "failed":
      return { ...state, status: "error", message: event.message };
    default:
      return event satisfies never;
  }
}

function withOutput(
  state: PythonRunState,
  stream: OutputChunk["stream"],
  text: string,
): PythonRunState {
  const kept = state.output.reduce((sum, chunk) => sum + chunk.text.length, 0);
  const room = Math.max(0, OUTPUT_CAP_CHARS - kept);
  const taken = text.slice(0, room);
  const droppedChars = state.droppedChars + text.length - taken.length;
  if (!taken) return { ...state, droppedChars };
  const last = state.output.at(-1);
  const output =
    last?.stream === stream
      ? [...state.output.slice(0, -1), { stream, text: last.text + taken }]
      : [...state.output, { stream, text: taken }];
  return { ...state, output, droppedChars };
}
