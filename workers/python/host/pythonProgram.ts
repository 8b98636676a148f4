import type { PythonScript, PythonSharedMemory } from "../../../common/wire";
import { ProcessTable } from "../sharedObjects";
import type { ProcessEvent, PythonProcess } from "./pythonProcess";
import { spares } from "./spares";

/** Exit code the table gets for a process the page ended, as a SIGTERM'd process reports. */
const TERMINATED = -15;
/** How long Stop waits for `KeyboardInterrupt` to end the program before ending its worker. */
const INTERRUPT_GRACE_MS = 1500;
/** Pyodide's interrupt buffer takes a signal number: 2 is SIGINT, Ctrl-C. */
const SIGINT = 2;

export interface PythonRunOptions {
  onOutput(stream: "stdout" | "stderr", text: string): void;
  /**
   * Called as each process's interpreter is ready: its pid, how long the program waited for it
   * (in ms), and whether it was a spare booted ahead (`warm`).
   */
  onProcessStarted?(pid: number, waitedMs: number, warm: boolean): void;
  signal: AbortSignal;
}

export interface PythonRunResult {
  /** null when Stop ended a program that ignored `KeyboardInterrupt`. */
  exitCode: number | null;
  /** The script's line an uncaught exception came from. */
  line: number | null;
  stopped: boolean;
  /** Waiting for the main interpreter, then running the program, in ms. */
  bootMs: number;
  runMs: number;
}

/** True where processes can share memory: the page is cross-origin isolated and has it. */
export function canStartProcesses(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
}

/**
 * Runs a Python program the way `python script.py` does: the script as `__main__` in an
 * interpreter of its own, and each process it starts (`Process`, `Pool`,
 * `ProcessPoolExecutor`) in another, which the page starts on the program's request and ends
 * when it exits. The page is the operating system here: it never blocks, it starts and ends
 * workers, and Stop reaches the program as `KeyboardInterrupt`. No spare interpreter boots
 * while it runs.
 */
export function runPythonProgram(
  script: PythonScript,
  options: PythonRunOptions,
): Promise<PythonRunResult> {
  return spares.whileRunning(() => runProgram(script, options));
}

async function runProgram(
  script: PythonScript,
  { onOutput, onProcessStarted, signal }: PythonRunOptions,
): Promise<PythonRunResult> {
  signal.throwIfAborted();
  const isolated = canStartProcesses();
  const table = isolated ? ProcessTable.create(256) : null;
  const interrupt = isolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
  const children = new Map<number, { process: PythonProcess | null; ended: boolean }>();
  let stopping = false;

  const endChild = (pid: number) => {
    const child = children.get(pid) ?? { process: null, ended: false };
    child.ended = true;
    child.process?.end();
    children.set(pid, child);
    table?.exit(pid, TERMINATED);
  };

  const onEvent = (event: ProcessEvent) => {
    if (event.type === "output") onOutput(event.stream, event.text);
    else if (event.type === "terminate") endChild(event.pid);
    else void startChild(event);
  };

  async function startChild({ pid, payload, objects }: Extract<ProcessEvent, { type: "spawn" }>) {
    if (!table || stopping) return table?.exit(pid, TERMINATED);
    const child = { process: null as PythonProcess | null, ended: false };
    children.set(pid, child);
    try {
      const asked = performance.now();
      const { process, warm } = await spares.take(`python-${pid}`);
      child.process = process;
      if (child.ended || stopping) return process.end();
      onProcessStarted?.(pid, performance.now() - asked, warm);
      const shared: PythonSharedMemory = { processTable: table.buffer, objects };
      await process.run({ type: "run-child", pid, script, shared, payload }, onEvent);
      process.end();
    } catch (error) {
      if (child.ended || stopping) return;
      table.exit(pid, 1);
      onOutput("stderr", `Process ${pid} crashed: ${(error as Error).message}\n`);
    }
  }

  const asked = performance.now();
  const { process: main, warm } = await spares.take("python-main");
  const bootMs = performance.now() - asked;
  if (signal.aborted) {
    main.end();
    return { exitCode: null, line: null, stopped: true, bootMs, runMs: 0 };
  }
  onProcessStarted?.(0, bootMs, warm);
  const onAbort = () => {
    stopping = true;
    if (interrupt) Atomics.store(interrupt, 0, SIGINT);
    for (const pid of children.keys()) endChild(pid);
    if (!interrupt) return main.end();
    setTimeout(() => main.end(), INTERRUPT_GRACE_MS);
  };
  signal.addEventListener("abort", onAbort, { once: true });
  const started = performance.now();
  try {
    const shared = table ? { processTable: table.buffer, objects: {} } : null;
    const exited = await main.run(
      { type: "run-main", script, shared, interrupt: interrupt?.buffer ?? null },
      onEvent,
    );
    const runMs = performance.now() - started;
    return {
      exitCode: exited.exitCode,
      line: exited.line,
      stopped: stopping,
      bootMs,
      runMs,
    };
  } catch (error) {
    if (!stopping) throw error;
    const runMs = performance.now() - started;
    return { exitCode: null, line: null, stopped: true, bootMs, runMs };
  } finally {
    signal.removeEventListener("abort", onAbort);
    for (const pid of children.keys()) endChild(pid);
    main.end();
  }
}
