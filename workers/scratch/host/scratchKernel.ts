import { WorkerCrashedError, WorkerEndedError } from "../../../common/errors";
import type { Display, FromKernel, OutputLine, ToKernel } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";
import { checkedDisplay, checkedFailure, PrintedOnPage, RefusedReplyError } from "./checkedReply";
import { crashFault, faultOf, type KernelFault } from "./explain";

export type RunOutcome =
  | { type: "returned"; display: Display }
  | { type: "failed"; fault: KernelFault }
  | { type: "stopped" };

type OnOutput = (lines: OutputLine[], dropped: number) => void;

/**
 * The page's handle on a scratch cell's kernel worker. The worker starts on the first run and is
 * kept for the next; `stop` terminates it at once, whatever it is doing (even `while (true) {}`),
 * with every pool it started, and the next run starts a fresh one, as Jupyter restarts a kernel.
 */
export class Kernel {
  private channel: WorkerChannel<ToKernel, FromKernel> | null = null;
  /** Aborting it stops the run under way. */
  private running: AbortController | null = null;
  private lastRunId = 0;

  /** Whether a run is under way. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Runs the code; resolves with its value, its fault, or `stopped`. Never rejects. */
  async run(code: string, onOutput: OnOutput): Promise<RunOutcome> {
    this.stop();
    const runId = ++this.lastRunId;
    const running = new AbortController();
    this.running = running;
    const { signal } = running;
    const printed = new PrintedOnPage(onOutput);
    try {
      let channel: WorkerChannel<ToKernel, FromKernel>;
      try {
        channel = await this.connect(signal);
      } catch (error) {
        if (signal.aborted) return { type: "stopped" };
        return { type: "failed", fault: { kind: "load", message: reasonOf(error) } };
      }
      const reply = await channel.request({ type: "run", runId, code }, signal, (message) => {
        if (message.type !== "output") return false;
        try {
          // Lines an earlier run printed late arrive under its own id, and belong to no run shown.
          if (message.runId === runId) printed.receive(message.lines, message.dropped);
        } catch (refused) {
          channel.close(refused);
        }
        return true;
      });
      printed.flush();
      if (reply.runId !== runId) throw new RefusedReplyError("an answer for another run");
      if (reply.type === "returned") {
        return { type: "returned", display: checkedDisplay(reply.display) };
      }
      if (reply.type === "raised") {
        return { type: "failed", fault: faultOf(checkedFailure(reply.failure)) };
      }
      throw new RefusedReplyError("a message of an unknown type");
    } catch (error) {
      if (signal.aborted) return { type: "stopped" };
      printed.flush();
      if (error instanceof WorkerEndedError) return { type: "failed", fault: { kind: "ended" } };
      if (error instanceof RefusedReplyError) {
        this.channel?.close(); // it runs code that forges messages: the next Run starts afresh
        return { type: "failed", fault: { kind: "refused", message: error.message } };
      }
      // A worker that dies mid-run (V8 gives up on a heap that is full) reports only this.
      const crash = error instanceof WorkerCrashedError ? error.browserMessage : String(error);
      return { type: "failed", fault: crashFault(crash) };
    } finally {
      if (this.running === running) this.running = null;
    }
  }

  /** Ends the run at once by terminating the worker; a no-op when nothing runs. */
  stop(): void {
    this.running?.abort();
    this.running = null;
  }

  /** Ends the worker now, whatever it is doing (also when the cell leaves the page). */
  terminate(): void {
    this.stop();
    this.channel?.close();
    this.channel = null;
  }

  /** The kernel kept from the last run, or a fresh one if it was stopped or died. */
  private async connect(signal: AbortSignal): Promise<WorkerChannel<ToKernel, FromKernel>> {
    if (this.channel?.isOpen) return this.channel;
    const worker = new Worker(new URL("../scratch-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab kernel",
    });
    this.channel = await WorkerChannel.open(worker, { signal, workerName: "kernel worker" });
    return this.channel;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof WorkerCrashedError ? error.reason : String(error);
}
