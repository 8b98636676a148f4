import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import type { Plugin } from "vite";
import { pagePolicy, workerPolicy } from "./contentSecurityPolicy";
import { PYODIDE_DIR } from "./pyodideFiles";

/**
 * Emits the service worker (`source`, plain JavaScript) as `fileName`, with what it needs from
 * the build prepended as `self.CORELAB_BUILD`: every file of the build to precache (HTML, JS
 * chunks including workers and lazy chunks, WASM, CSS, the public folder's icons and manifest),
 * a cache version hashed from their contents, where Python's files go (cached on first use,
 * kept across builds of the same Pyodide), and the Content Security Policies.
 */
export function serviceWorker(options: { source: string; fileName: string }): Plugin {
  let publicDir = "";
  return {
    name: "corelab:service-worker",
    apply: "build",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After Vite has emitted index.html and the workers' chunks.
      order: "post",
      async handler(_options, bundle) {
        const contents = new Map<string, string | Uint8Array>();
        for (const output of Object.values(bundle)) {
          contents.set(output.fileName, output.type === "chunk" ? output.code : output.source);
        }
        for (const file of publicDir ? await listFiles(publicDir) : []) {
          contents.set(relative(publicDir, file).split(sep).join("/"), await readFile(file));
        }
        // Python (12 MB) is cached when a reader first runs it, not with the notebook.
        const files = [...contents.keys()]
          .filter((file) => !file.endsWith(".map") && !file.startsWith(`${PYODIDE_DIR}/`))
          .sort();
        const hash = createHash("sha256");
        for (const file of files) hash.update(file).update(contents.get(file) ?? "");
        const build = {
          version: hash.digest("hex").slice(0, 16),
          files,
          pythonFiles: { folder: `${PYODIDE_DIR}/`, cache: `corelab-python-${pyodideVersion()}` },
          pagePolicy,
          workerPolicy,
        };
        const code = await readFile(options.source, "utf8");
        this.emitFile({
          type: "asset",
          fileName: options.fileName,
          source: `self.CORELAB_BUILD = ${JSON.stringify(build, null, 2)};\n\n${code}`,
        });
      },
    },
  };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function pyodideVersion(): string {
  return createRequire(import.meta.url)("pyodide/package.json").version;
}
