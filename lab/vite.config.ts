import { defineConfig } from "vite";

/**
 * The lab: a page apart from the notebook that exposes the engine to Playwright for the
 * end-to-end tests. Built in production mode like the notebook, never shipped with it; the bench
 * page (bench/page/) is built the same way.
 */
const crossOriginIsolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  worker: { format: "es" },
  build: {
    target: "es2023",
    outDir: "../dist-lab",
    emptyOutDir: true,
    // As in the notebook: a .wasm is never inlined as a data URL.
    assetsInlineLimit: (file) => (file.endsWith(".wasm") ? false : undefined),
  },
});
