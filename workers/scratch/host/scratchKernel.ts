import type {
  Display,
  FromKernel,
  KernelFault,
  OutputLine,
  ToKernel,
} from "../../../common/wire/scratch";

export type RunOutcome =
  | { type: "returned"; display: Display }
  | { type: "failed"; fault: KernelFault }
  | { type: "stopped" };

/** A kernel worker, and whether it has loaded: it takes runs once `ready` resolves. */
interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
}

interface PendingRun {
  runId: number;
  onOutput(lines: OutputLine[], dropped: number): void;
  settle(outcome: RunOutcome): void;
}

/**
 * The page's handle on a scratch cell's kernel worker. The worker starts on the first run and is
 * kept for the next; `stop` terminates it at once, whatever it is doing (even `while (true) {}`),
 * with every pool it started, and the next run starts a fresh one, as Jupyter restarts a kernel.
 */
export class Kernel {
  private worker: StartedWorker | null = null;
  private pending: PendingRun | null = null;
  private lastRunId = 0;

  /** Whether a run is under way. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Runs the code; resolves with its value, its fault, or `stopped`. Never rejects. */
  run(code: string, onOutput: PendingRun["onOutput"]): Promise<RunOutcome> {
    this.stop();
    const runId = ++this.lastRunId;
    return new Promise<RunOutcome>((resolve) => {
      const run: PendingRun = {
        runId,
        onOutput,
        settle: (outcome) => {
          if (this.pending === run) this.pending = null;
          resolve(outcome);
        },
      };
      this.pending = run;
      this.worker ??= this.startWorker();
      const { worker, ready } = this.worker;
      ready.then(
        () => {
          if (this.pending === run)
            worker.postMessage({ type: "run", runId, code } satisfies ToKernel);
        },
        (error: Error) =>
          run.settle({ type: "failed", fault: { kind: "load", message: error.message } }),
      );
    });
  }

  /** Ends the run at once by terminating the worker; a no-op when nothing runs. */
  stop(): void {
    const run = this.pending;
    if (!run) return;
    this.terminate();
    run.settle({ type: "stopped" });
  }

  /** Ends the worker now, whatever it is doing (also when the cell leaves the page). */
  terminate(): void {
    this.worker?.worker.terminate();
    this.worker = null;
  }

  private startWorker(): StartedWorker {
    const worker = new Worker(new URL("../scratch-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab kernel",
    });
    const ready = new Promise<void>((resolve, reject) => {
      let isReady = false;
      worker.onmessage = ({ data }: MessageEvent<FromKernel>) => {
        if (data.type === "ready") {
          isReady = true;
          resolve();
        } else this.receive(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (this.worker?.worker === worker) this.worker = null;
        if (!isReady) {
          const detail =
            event.message || "its script could not be loaded (a missing file or a network error)";
          reject(new Error(detail));
        } else {
          // A worker that dies mid-run (V8 gives up on a heap that is full) reports only this.
          this.pending?.settle({
            type: "failed",
            fault: {
              kind: "memory",
              message: `the kernel worker crashed${event.message ? `: ${event.message}` : ""}`,
            },
          });
        }
      };
    });
    return { worker, ready };
  }

  private receive(message: Exclude<FromKernel, { type: "ready" }>): void {
    const run = this.pending;
    if (!run || message.runId !== run.runId) return;
    switch (message.type) {
      case "output":
        run.onOutput(message.lines, message.dropped);
        return;
      case "returned":
        run.settle({ type: "returned", display: message.display });
        return;
      case "failed":
        run.settle({ type: "failed", fault: message.fault });
        return;
    }
  }
}
