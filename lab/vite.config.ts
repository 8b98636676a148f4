import { defineConfig } from "vite";

/**
 * The lab: a page apart from the notebook that exposes the engine to Playwright, for the pool's
 * end-to-end tests and for `npm run bench`. Built in production mode like the notebook, never
 * shipped with it.
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
