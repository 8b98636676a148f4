import { PythonProcess } from "./pythonProcess";

/**
 * Interpreters started ahead of need, as CPython's `forkserver` keeps a process ready to fork
 * from: booting CPython in WebAssembly takes seconds, against tens of milliseconds for a native
 * `spawn`. After a program ends, the page boots a few in the background (never during a run,
 * where they would take the program's cores); the next program and its processes take them.
 */
export class InterpreterSpares {
  private readonly ready: Promise<PythonProcess>[] = [];
  private count = 0;
  private programsRunning = 0;
  private refilling: Promise<void> | null = null;

  constructor(private readonly target: number) {}

  /**
   * Runs a program, with no spare booting meanwhile (one already booting finishes); then boots
   * spares again in the background.
   */
  async whileRunning<T>(program: () => Promise<T>): Promise<T> {
    this.programsRunning += 1;
    try {
      return await program();
    } finally {
      this.programsRunning -= 1;
      void this.refill();
    }
  }

  /** A booted interpreter: a spare when one is left (`warm`), else one booted now. */
  async take(name: string): Promise<{ process: PythonProcess; warm: boolean }> {
    const spare = this.ready.shift();
    if (spare) {
      const process = await spare.catch(() => null);
      if (process) return { process, warm: true };
    }
    return { process: await PythonProcess.boot(name), warm: false };
  }

  /**
   * Boots spares up to the target, one after another, so that they share the cores politely,
   * and pauses while a program runs. Calls made while it boots share its promise.
   */
  refill(): Promise<void> {
    this.refilling ??= this.bootUpToTarget().finally(() => {
      this.refilling = null;
    });
    return this.refilling;
  }

  private async bootUpToTarget(): Promise<void> {
    while (this.programsRunning === 0 && this.ready.length < this.target) {
      const booting = PythonProcess.boot(`python-spare-${++this.count}`);
      this.ready.push(booting);
      await booting.catch(() => {});
    }
  }
}

/** A main process and a process per core, at most five interpreters kept waiting. */
export const spares = new InterpreterSpares(Math.min(5, (navigator.hardwareConcurrency || 1) + 1));
