import type {
  Display,
  FromKernel,
  KernelFault,
  OutputLine,
  ToKernel,
} from "../../../workers/kernel-protocol";

export type RunOutcome =
  | { type: "returned"; display: Display }
  | { type: "failed"; fault: KernelFault }
  | { type: "stopped" };

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
  private worker: Promise<Worker> | null = null;
  private pending: PendingRun | null = null;
  private lastRunId = 0;

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
      this.started().then(
        (worker) => {
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

  /** Ends the worker for good (the cell left the page). */
  terminate(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.then(
      (started) => started.terminate(),
      () => {},
    );
  }

  private started(): Promise<Worker> {
    this.worker ??= this.startWorker();
    return this.worker;
  }

  private startWorker(): Promise<Worker> {
    const worker = new Worker(new URL("../../../workers/kernel-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab kernel",
    });
    const starting = new Promise<Worker>((resolve, reject) => {
      let ready = false;
      worker.onmessage = ({ data }: MessageEvent<FromKernel>) => {
        if (data.type === "ready") {
          ready = true;
          resolve(worker);
        } else this.receive(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (this.worker === starting) this.worker = null;
        if (!ready) {
          const detail =
            event.message || "its script could not be loaded (a missing file or a network error)";
          reject(new Error(detail));
        } else {
          // A worker that dies mid-run (V8 gives up on a heap that is full) reports only this.
          this.pending?.settle({
            type: "failed",
            fault: { kind: "memory", message: event.message || "the kernel worker crashed" },
          });
        }
      };
    });
    return starting;
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
