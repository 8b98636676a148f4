import type { Display, OutputLine } from "../common/wire";
import { explainFault, type KernelFault } from "../workers/scratch/host/explain";
import { type RunState, runReducer } from "./runState";

/** What a scratch run gives: its value shaped for display, and how long it took. */
export interface ScratchResult {
  display: Display;
  elapsedMs: number;
}

/**
 * A scratch cell's run: its status and value (through the notebook's one run reducer), what it
 * printed, and its fault, whose line the editor marks.
 */
export interface ScratchState {
  run: RunState<ScratchResult>;
  output: OutputLine[];
  /** Lines the kernel counted but did not send (a chatty loop). */
  droppedLines: number;
  fault: KernelFault | null;
}

export type ScratchEvent =
  | { type: "started" }
  | { type: "output"; lines: OutputLine[]; dropped: number }
  | { type: "returned"; result: ScratchResult }
  | { type: "failed"; fault: KernelFault }
  | { type: "stopped" };

export const initialScratchState: ScratchState = {
  run: { status: "idle" },
  output: [],
  droppedLines: 0,
  fault: null,
};

export function scratchReducer(state: ScratchState, event: ScratchEvent): ScratchState {
  if (event.type === "started") {
    return { ...initialScratchState, run: runReducer(state.run, { type: "started" }) };
  }
  // Whatever arrives after the run ended (stopped, say) belongs to no run the cell shows.
  if (state.run.status !== "running") return state;
  switch (event.type) {
    case "output":
      return {
        ...state,
        output: [...state.output, ...event.lines],
        droppedLines: state.droppedLines + event.dropped,
      };
    case "returned":
      return { ...state, run: runReducer(state.run, { type: "finished", results: event.result }) };
    case "failed":
      return {
        ...state,
        run: runReducer(state.run, { type: "failed", message: explainFault(event.fault) }),
        fault: event.fault,
      };
    case "stopped":
      return { ...state, run: runReducer(state.run, { type: "stopped" }) };
  }
}
