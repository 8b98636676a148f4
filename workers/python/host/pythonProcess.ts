import type { FromPythonWorker, ToPythonWorker } from "../../../common/wire";
import { WorkerChannel } from "../../../common/workerChannel";
import { snapshots } from "./snapshot";

/** What a Python worker reports while it runs, besides its exit. */
export type ProcessEvent = Extract<FromPythonWorker, { type: "output" | "spawn" | "terminate" }>;

type Exited = Extract<FromPythonWorker, { type: "exited" }>;

/** Where the Pyodide files are served, on this origin (build/pyodideFiles.ts). */
function pyodideIndexURL(): string {
  return new URL("pyodide/", document.baseURI).href;
}

/**
 * One CPython interpreter in a Web Worker of its own, as the page holds it: booted first (the
 * slow part: a 9.6 MB WebAssembly module and the standard library), then given one program or
 * process to run. Its output and its requests to start or end processes arrive as events.
 */
export class PythonProcess {
  private constructor(
    private readonly channel: WorkerChannel<ToPythonWorker, FromPythonWorker>,
    /** Milliseconds from creating the worker to a ready interpreter. */
    readonly bootMs: number,
  ) {}

  /**
   * Boots an interpreter, from the page's memory snapshot unless `fromSnapshot` is false (the
   * bench compares the two).
   */
  static async boot(
    name: string,
    onEvent: (event: ProcessEvent) => void = () => {},
    { fromSnapshot = true } = {},
  ): Promise<PythonProcess> {
    const started = performance.now();
    const snapshot = fromSnapshot ? await snapshots.forBoot() : null;
    const worker = new Worker(new URL("../python-worker.ts", import.meta.url), {
      type: "module",
      name,
    });
    const channel = await WorkerChannel.open<ToPythonWorker, FromPythonWorker>(worker, {
      workerName: `Python process ${name}`,
    });
    const boot: ToPythonWorker = {
      type: "boot",
      indexURL: pyodideIndexURL(),
      cpuCount: navigator.hardwareConcurrency || 1,
      snapshot,
    };
    try {
      const reply = await channel.request(boot, undefined, (message) => isEvent(message, onEvent));
      if (snapshot === "make")
        snapshots.settle(reply.type === "booted" ? reply.snapshot : null, true);
    } catch (error) {
      channel.close();
      if (snapshot === null) throw error;
      // The snapshot (or making it) failed: drop it; if booting from it failed, boot once more.
      await snapshots.discard();
      if (snapshot === "make") throw error;
      return PythonProcess.boot(name, onEvent, { fromSnapshot });
    }
    return new PythonProcess(channel, performance.now() - started);
  }

  /** Runs the program or process; resolves when it exits. Events arrive meanwhile. */
  async run(request: ToPythonWorker, onEvent: (event: ProcessEvent) => void): Promise<Exited> {
    const reply = await this.channel.request(request, undefined, (message) =>
      isEvent(message, onEvent),
    );
    if (reply.type !== "exited") throw new Error(`Unexpected reply ${reply.type}`);
    return reply;
  }

  /** Ends the worker at once; a `run` under way rejects with `reason`. */
  end(reason?: unknown): void {
    this.channel.close(reason);
  }
}

function isEvent(
  message: Exclude<FromPythonWorker, { type: "ready" }>,
  onEvent: (event: ProcessEvent) => void,
): boolean {
  if (message.type === "output" || message.type === "spawn" || message.type === "terminate") {
    onEvent(message);
    return true;
  }
  return false;
}
