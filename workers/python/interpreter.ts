import { loadPyodide, type PyodideInterface } from "pyodide";
import type { FromPythonWorker } from "../../common/wire";

/** Corelab's `multiprocessing` for the browser: the files of workers/python/py/, as text. */
const packageFiles = import.meta.glob<string>("./py/**/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Where the package lives in the interpreter's file system, first on `sys.path`. */
const PACKAGE_ROOT = "/lib/corelab-python";

/** Where the reader's script is written, as `python script.py` would find it. */
export const SCRIPT_DIR = "/home/pyodide";

/**
 * Text a program prints, sent to the page as it comes, but at most one message per 30 ms: a
 * message per `print` would flood the page when a loop prints, and this worker's timers cannot
 * run while Python holds its thread. Text held back is sent with the next write after the
 * interval, or when the program ends.
 */
class OutputStream {
  private pending = "";
  private lastPost = Number.NEGATIVE_INFINITY;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly stream: "stdout" | "stderr",
    private readonly post: (message: FromPythonWorker) => void,
  ) {}

  write(bytes: Uint8Array): number {
    this.pending += this.decoder.decode(bytes, { stream: true });
    if (this.pending.length > 4096 || performance.now() - this.lastPost >= 30) this.flush();
    return bytes.length;
  }

  flush(): void {
    if (!this.pending) return;
    this.post({ type: "output", stream: this.stream, text: this.pending });
    this.pending = "";
    this.lastPost = performance.now();
  }
}

export interface Interpreter {
  pyodide: PyodideInterface;
  flush(): void;
  /** The memory image made at boot, when it was asked for. */
  snapshot: Uint8Array | null;
}

/**
 * Modules every program imports, imported before a snapshot so that interpreters booted from it
 * have them already. Only the standard library: nothing that holds a JavaScript object.
 */
const PRELOADED = "import multiprocessing, multiprocessing.pool, pickle, concurrent.futures, time";

/**
 * CPython in this worker, its output streamed to the page, Corelab's package importable. From a
 * snapshot (Pyodide's memory image of an interpreter that had booted), it skips CPython's
 * start-up; asked to "make" one, it boots plainly and takes its snapshot before any of this
 * worker's JavaScript is attached.
 */
export async function bootInterpreter(
  indexURL: string,
  post: (message: FromPythonWorker) => void,
  snapshot: Uint8Array | "make" | null,
): Promise<Interpreter> {
  const stdout = new OutputStream("stdout", post);
  const stderr = new OutputStream("stderr", post);
  const pyodide = await loadPyodide({
    indexURL,
    env: { HOME: SCRIPT_DIR },
    ...(snapshot === "make" ? { _makeSnapshot: true } : {}),
    ...(snapshot instanceof Uint8Array ? { _loadSnapshot: snapshot } : {}),
  });
  // Pyodide keeps the options it was given: detach the image's bytes (31 MB) so they are freed.
  if (snapshot instanceof Uint8Array) structuredClone(snapshot, { transfer: [snapshot.buffer] });
  let made: Uint8Array | null = null;
  if (snapshot === "make") {
    pyodide.runPython(PRELOADED);
    made = pyodide.makeMemorySnapshot();
  }
  pyodide.setStdout({ write: (bytes) => stdout.write(bytes) });
  pyodide.setStderr({ write: (bytes) => stderr.write(bytes) });
  for (const [path, text] of Object.entries(packageFiles)) {
    const target = `${PACKAGE_ROOT}/${path.slice("./py/".length)}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    pyodide.FS.writeFile(target, text);
  }
  // A snapshot remembers that the package's folder did not exist when it was made.
  pyodide.runPython(`import sys, importlib
sys.path_importer_cache.clear()
importlib.invalidate_caches()
if ${JSON.stringify(PACKAGE_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(PACKAGE_ROOT)})`);
  return {
    pyodide,
    snapshot: made,
    flush() {
      stdout.flush();
      stderr.flush();
    },
  };
}
