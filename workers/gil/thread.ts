import { DONE, ioCell } from "../../common/gil/layout";
import type { LockMode, Step, ThreadReport } from "../../common/wire";
import { Gil, type InterpreterLock, NO_LOCK, type Wait } from "./gil";
import { SpanRecorder } from "./spans";

export interface ThreadJob {
  cells: Int32Array;
  thread: number;
  mode: LockMode;
  switchIntervalMs: number;
  program: readonly Step[];
}

export interface ThreadHost {
  /** The CPU-bound function: the n-th prime, calling `checkpoint` as it goes. */
  compute(n: number, checkpoint: () => void): number;
  now(): number;
  wait?: Wait;
}

/**
 * Runs one modelled Python thread to the end, on the thread that calls it (a worker, since it
 * blocks): take the lock, run the program, let go. Python code runs only while the lock is
 * held; `io` steps release it for their wait, which is a real blocking wait of this thread.
 * Every change of state is recorded as a span.
 */
export function runThread(job: ThreadJob, host: ThreadHost): ThreadReport {
  const { cells, thread, mode, switchIntervalMs, program } = job;
  const wait = host.wait ?? Atomics.wait;
  const lock: InterpreterLock =
    mode === "gil" ? new Gil(cells, thread, switchIntervalMs, wait) : NO_LOCK;
  const spans = new SpanRecorder(host.now);
  const results: number[] = [];
  const ioLatencies: number[] = [];

  // The evaluation loop's check between slices of work: cheap unless someone asked for the GIL.
  const checkpoint = () => {
    if (!lock.dropRequested()) return;
    spans.enter("waiting for the GIL");
    lock.yieldToWaiter();
    spans.enter("running");
  };
  const takeLock = () => {
    if (mode === "gil") spans.enter("waiting for the GIL");
    lock.take();
    spans.enter("running");
  };

  takeLock();
  for (const step of program) {
    switch (step.do) {
      case "compute":
        results.push(host.compute(step.n, checkpoint));
        break;
      case "computeUntilDone":
        // CPython checks at the loop's jump back too, so even a function that never checks in
        // (a reader's edit without `checkpoint()`) gives the GIL up between calls.
        while (Atomics.load(cells, DONE) === 0) {
          host.compute(step.n, checkpoint);
          checkpoint();
        }
        break;
      case "signalDone":
        Atomics.store(cells, DONE, 1);
        break;
      case "io": {
        // The span changes before the lock does, so no two threads' running spans overlap.
        spans.enter("in I/O");
        lock.release(() => spans.enter("waiting for the GIL"));
        spans.enter("in I/O");
        const due = host.now() + step.ms;
        wait(cells, ioCell(thread), 0, step.ms);
        takeLock();
        ioLatencies.push(host.now() - due);
        break;
      }
      default:
        throw new Error(`Unknown step ${JSON.stringify(step satisfies never)}`);
    }
  }
  const finished = spans.finish();
  lock.exit();
  return { spans: finished, results, ioLatencies };
}
