import type { SweepProgress } from "../common/measure";
import { type Environment, RESULTS_SCHEMA_ID, type Results, type Sample } from "../common/results";
import { summarize } from "../common/stats";
import { WorkerPool } from "../workers/pool/host/pool";
import { taskFor } from "../workers/pool/host/task";
import { stripKernelFile } from "../workers/strip/host/stripTypes";
import type { Experiment, ParamValues, RunContext } from "./experiment";

export interface RunRequest {
  experiment: Experiment;
  lesson: string;
  params: ParamValues;
  environment: Environment;
  signal: AbortSignal;
  /** The reader's version of the experiment's task code, or null when it is as authored. */
  editedCode?: string | null;
  /** After every timed run: the results of the sizes finished so far (null before the first). */
  onProgress(results: Results | null, progress: SweepProgress): void;
}

/**
 * Runs an experiment and packs what it measured in the results format. Every pool the
 * experiment starts is terminated at the end, whether it finished, failed or was stopped.
 */
export async function runExperiment(request: RunRequest): Promise<Results> {
  const { experiment, signal } = request;
  const startedAt = new Date().toISOString();
  const pack = (samples: Sample[]) => packResults(request, startedAt, samples);
  const pools: WorkerPool[] = [];
  let packed: { samples: Sample[]; results: Results } | null = null;
  // Same samples, same results object: the cell's chart redraws only when there is news.
  const packOnce = (samples: Sample[]) => {
    if (samples.length === 0) return null;
    if (packed?.samples !== samples) packed = { samples, results: pack(samples) };
    return packed.results;
  };
  const runnableCode = await runnableEditedCode(request);
  const context: RunContext = {
    signal,
    hardwareConcurrency: request.environment.hardwareConcurrency,
    progress: (update) => request.onProgress(packOnce(update.samples), update),
    startPool: async (size, options) => {
      signal.throwIfAborted();
      const pool = await WorkerPool.start(size, options);
      pools.push(pool);
      return pool;
    },
    task: (kernel) => taskFor(experiment.task, runnableCode, kernel),
    edited: runnableCode !== null,
    editedCode: runnableCode,
  };
  try {
    const { samples, timeline } = await experiment.run(request.params, context);
    return { ...pack(samples), ...(timeline ? { timeline } : {}) };
  } finally {
    for (const pool of pools) pool.terminate();
  }
}

/**
 * The edited code as the workers receive it: a TypeScript kernel file's types stripped once,
 * here, before `run` starts any clock (a fresh worker then pays no compiler); any other file (a
 * WGSL shader) as the reader wrote it.
 */
async function runnableEditedCode({ experiment, editedCode, signal }: RunRequest) {
  if (editedCode === null || editedCode === undefined) return null;
  const file = experiment.sources.find(({ name }) => name === experiment.task?.source);
  return file?.language === "typescript" ? stripKernelFile(editedCode, signal) : editedCode;
}

function packResults(request: RunRequest, startedAt: string, samples: Sample[]): Results {
  return {
    schema: RESULTS_SCHEMA_ID,
    experiment: request.experiment.id,
    lesson: request.lesson,
    params: { ...request.params },
    environment: request.environment,
    startedAt,
    finishedAt: new Date().toISOString(),
    x: request.experiment.x,
    samples,
    summary: summarize(samples),
    ...editedSources(request),
  };
}

/** The reader's code this run ran, so a results file shared with others says it is not the original. */
function editedSources({ experiment, editedCode }: RunRequest): Pick<Results, "editedSources"> {
  const source = experiment.task?.source;
  if (!source || editedCode === null || editedCode === undefined) return {};
  return { editedSources: [{ source, code: editedCode }] };
}
