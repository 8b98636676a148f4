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

  constructor(private readonly target: number) {}

  /** A booted interpreter: a spare when one is left (`warm`), else one booted now. */
  async take(name: string): Promise<{ process: PythonProcess; warm: boolean }> {
    const spare = this.ready.shift();
    if (spare) {
      const process = await spare.catch(() => null);
      if (process) return { process, warm: true };
    }
    return { process: await PythonProcess.boot(name), warm: false };
  }

  /** Boots spares up to the target, one after another, so that they share the cores politely. */
  async refill(): Promise<void> {
    while (this.ready.length < this.target) {
      const booting = PythonProcess.boot(`python-spare-${++this.count}`);
      this.ready.push(booting);
      await booting.catch(() => {});
    }
  }
}

/** A main process and a process per core, at most five interpreters kept waiting. */
export const spares = new InterpreterSpares(Math.min(5, (navigator.hardwareConcurrency || 1) + 1));
