import { mergeConfig } from "vite";
import { pyodideFiles } from "../../build/pyodideFiles";
import lab from "../../lab/vite.config";

/**
 * The bench page: the benchmarks in a page of their own, built like the lab page (production
 * mode, cross-origin isolated) into dist-bench/ by `npm run bench`, never shipped.
 */
export default mergeConfig(lab, {
  root: import.meta.dirname,
  build: { outDir: "../../dist-bench" },
  // CPython's files, for the Python benchmarks, served from this origin as the notebook does.
  plugins: [pyodideFiles()],
});
