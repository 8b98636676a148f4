import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

/** The files Pyodide loads at run time, beside its loader: CPython, the standard library. */
export const PYODIDE_FILES = [
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

/** The folder of the build (and URL path) they are served from. */
export const PYODIDE_DIR = "pyodide";

const CONTENT_TYPES: Record<string, string> = {
  mjs: "text/javascript",
  wasm: "application/wasm",
  zip: "application/zip",
  json: "application/json",
};

function pyodideFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("pyodide/package.json"));
}

/**
 * Serves Pyodide's run-time files from this origin as `pyodide/<file>`: from node_modules in
 * the dev server, copied into the build otherwise. Nothing loads them until a reader runs
 * Python (workers/python), and the service worker keeps them once fetched, not at install.
 */
export function pyodideFiles(): Plugin {
  return {
    name: "corelab:pyodide-files",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const file = path.slice(path.lastIndexOf("/") + 1);
        if (!path.endsWith(`/${PYODIDE_DIR}/${file}`) || !PYODIDE_FILES.includes(file)) {
          return next();
        }
        response.setHeader("Content-Type", CONTENT_TYPES[file.split(".").pop() ?? ""] ?? "");
        createReadStream(join(pyodideFolder(), file)).pipe(response);
      });
    },
    async generateBundle() {
      for (const file of PYODIDE_FILES) {
        const source = await readFile(join(pyodideFolder(), file));
        this.emitFile({ type: "asset", fileName: `${PYODIDE_DIR}/${file}`, source });
      }
    },
  };
}
