/// <reference lib="webworker" />
import {
  encodeFailure,
  type FromPythonWorker,
  type PythonScript,
  type ToPythonWorker,
} from "../../common/wire";
import { lockDownStorage } from "../lockDownStorage";
import { bootInterpreter, type Interpreter, SCRIPT_DIR } from "./interpreter";
import { createPythonApi } from "./pythonApi";
import { ProcessTable } from "./sharedObjects";

/**
 * One CPython process: the program's main process, or a process it started. The page boots the
 * interpreter (the slow part), then sends one `run-main` or `run-child`; the worker reports
 * `exited` and is done. Python holds this thread while it runs, as a process holds its CPU.
 */
lockDownStorage(); // before any reader code (`from js import indexedDB`): see workers/lockDownStorage.ts
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromPythonWorker) => scope.postMessage(message);
let interpreter: Interpreter | null = null;
let cpuCount = 1;

scope.onmessage = async ({ data }: MessageEvent<ToPythonWorker>) => {
  try {
    switch (data.type) {
      case "boot": {
        cpuCount = data.cpuCount;
        const image =
          data.snapshot instanceof Blob
            ? new Uint8Array(await data.snapshot.arrayBuffer())
            : data.snapshot;
        interpreter = await bootInterpreter(data.indexURL, post, image);
        const { snapshot, pyodide } = interpreter;
        // A Blob, made here: the page only passes it on, to Cache Storage and the next boots.
        const made = snapshot && new Blob([snapshot as Uint8Array<ArrayBuffer>]);
        interpreter.snapshot = null; // its bytes are in the Blob now
        post({ type: "booted", ms: performance.now(), snapshot: made, version: pyodide.version });
        return;
      }
      case "run-main": {
        const python = ready();
        if (data.interrupt) python.pyodide.setInterruptBuffer(new Int32Array(data.interrupt));
        const result = run(python, 0, data.shared, data.script, "run_main(path)");
        post({ type: "exited", ...result });
        return;
      }
      case "run-child": {
        const python = ready();
        python.pyodide.globals.set("payload", data.payload);
        const result = run(python, data.pid, data.shared, data.script, "run_child(payload)");
        new ProcessTable(data.shared.processTable).exit(data.pid, result.exitCode);
        post({ type: "exited", ...result });
        return;
      }
      default:
        data satisfies never;
    }
  } catch (error) {
    interpreter?.flush();
    post(encodeFailure(error));
  }
};

function ready(): Interpreter {
  if (!interpreter) throw new Error("The interpreter was asked to run before it booted.");
  return interpreter;
}

/** Installs the process's view of the program, writes the script, and runs `call` on it. */
function run(
  { pyodide, flush }: Interpreter,
  slot: number,
  shared: Parameters<typeof createPythonApi>[0]["shared"],
  script: PythonScript,
  call: string,
): { exitCode: number; line: number | null } {
  pyodide.registerJsModule("_corelab_js", createPythonApi({ slot, cpuCount, shared, post }));
  const path = `${SCRIPT_DIR}/${script.fileName}`;
  pyodide.FS.mkdirTree(SCRIPT_DIR);
  pyodide.FS.writeFile(path, script.code);
  pyodide.globals.set("path", path);
  const [exitCode, line] = pyodide
    .runPython(`import corelab.program; corelab.install(); corelab.program.${call}`)
    .toJs() as [number, number | null];
  flush();
  return { exitCode, line: line ?? null };
}

post({ type: "ready", timeOrigin: performance.timeOrigin });
