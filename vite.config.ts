import mdx from "@mdx-js/rollup";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicy } from "./build/contentSecurityPolicy";
import { pyodideFiles } from "./build/pyodideFiles";
import { serviceWorker } from "./build/serviceWorker";

/**
 * SharedArrayBuffer and the 5 µs timer need cross-origin isolation, so both servers send the
 * two headers. Static hosts that cannot set headers get them from the service worker
 * (workers/service/coi-sw.js), which also precaches the build for offline use.
 */
const crossOriginIsolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  // Relative paths let the static build live under any sub-path (GitHub Pages, a course site).
  base: "./",
  plugins: [
    { enforce: "pre", ...mdx() },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    contentSecurityPolicy(),
    pyodideFiles(),
    serviceWorker({ source: "workers/service/coi-sw.js", fileName: "coi-sw.js" }),
  ],
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  worker: { format: "es" },
  // Pyodide finds its run-time files beside its loader; pre-bundling would move the loader.
  optimizeDeps: { exclude: ["pyodide"] },
  build: {
    target: "es2023",
    // Vite inlines small assets as data URLs; a .wasm stays a file, compiled as it streams in.
    assetsInlineLimit: (file) => (file.endsWith(".wasm") ? false : undefined),
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**", "dist-lab/**", "dist-bench/**"],
    environment: "node",
  },
});
