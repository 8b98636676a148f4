/// <reference lib="webworker" />

import { gpuHost } from "../../common/gpu/adapter";
import { measure, sweep } from "../../common/measure";
import { findUncloneable } from "../../common/payload";
import { toDisplay } from "../../common/scratch/display";
import { formatLogArguments } from "../../common/scratch/format";
import { PlotRecorder, PlotRequest, plot } from "../../common/scratch/plotRequest";
import { geometricSizes, summarize } from "../../common/stats";
import { encodeFailure, type Failure, type FromKernel, type ToKernel } from "../../common/wire";
import { WorkerPool } from "../pool/host/pool";
import { type CellFunction, compileCell, lineOffset } from "./compile";
import { failureOf } from "./faults";
import { OutputBuffer } from "./output";

const LEVELS = ["log", "info", "warn", "error"] as const;

/**
 * The kernel: runs the reader's code in this worker, one run at a time, and answers with its
 * output, its value shaped for display, or how it failed. Pools the code starts end with its run.
 */
export function startKernel(scope: DedicatedWorkerGlobalScope): (message: ToKernel) => void {
  let runId = 0;
  let active = false;
  let pools: WorkerPool[] = [];
  // Taken now: the reader's code may replace `self.postMessage`, and its answer must still go.
  const postMessage = scope.postMessage.bind(scope);
  const post = (message: FromKernel) => postMessage(message);
  const output = new OutputBuffer((lines, dropped) =>
    post({ type: "output", runId, lines, dropped }),
  );

  // Everything the code prints becomes output in the cell, never the browser's console.
  for (const level of LEVELS) {
    console[level] = (...args: unknown[]) => output.push(level, formatLogArguments(args));
  }
  console.debug = console.log;

  /** Ends run `message.runId`, unless it already ended (or a later run is under way). */
  const finish = (message: Extract<FromKernel, { runId: number }>) => {
    output.flush();
    if (!active || message.runId !== runId) return;
    active = false;
    for (const started of pools) started.terminate();
    pools = [];
    post(message);
  };

  const startPool = async (size?: number) => {
    const started = await WorkerPool.start(size);
    if (active) pools.push(started);
    else started.terminate();
    return started;
  };
  // What the reader's code has at hand, by name: the cell function's parameters.
  const inScope = {
    pool: startPool,
    measure,
    sweep,
    summarize,
    geometricSizes,
    gpu: gpuHost,
    plot,
    Plot: PlotRecorder,
  };
  const names = Object.keys(inScope);
  const values = Object.values(inScope);

  // A rejection nobody awaited, or a throw from a timer callback, ends the run as a failure;
  // after the run it is still shown, as output.
  const uncaught = async (reason: unknown) => {
    const failure = failureOf(reason, await lineOffset(names));
    if (active) finish({ type: "raised", runId, failure });
    else output.push("error", `Uncaught ${formatLogArguments([reason])}`);
  };
  scope.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    void uncaught(event.reason);
  });
  scope.addEventListener("error", (event) => {
    event.preventDefault();
    void uncaught(event.error ?? new Error(event.message));
  });

  return async ({ runId: id, code }: ToKernel) => {
    output.reset(); // sends what an earlier run printed late, under its own id
    runId = id;
    active = true;
    let cell: CellFunction;
    try {
      cell = await compileCell(code, names);
    } catch (error) {
      finish({ type: "raised", runId: id, failure: encodeFailure(error) });
      return;
    }
    try {
      const value = await cell(...values);
      const failure = uncloneable(value);
      finish(failure ? { type: "raised", runId: id, failure } : returned(id, value));
    } catch (error) {
      finish({ type: "raised", runId: id, failure: failureOf(error, await lineOffset(names)) });
    }
  };
}

function returned(runId: number, value: unknown): Extract<FromKernel, { type: "returned" }> {
  return { type: "returned", runId, display: toDisplay(value) };
}

/**
 * The value goes back to the page as a structured clone, as a Python worker process pickles its
 * result; what cannot make that trip is a failure, named by where it sits in the value.
 */
function uncloneable(value: unknown): Failure | null {
  const [sent, root] =
    value instanceof PlotRequest ? [value.spec, "plot options"] : [value, "value"];
  try {
    structuredClone(sent);
    return null;
  } catch (error) {
    if (error instanceof RangeError) throw error;
    const found = findUncloneable(sent, root) ?? { path: root, what: "something" };
    return { type: "uncloneable", message: (error as Error).message, ...found };
  }
}
