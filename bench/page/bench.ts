import { benchmarks } from "../benchmarks";

declare global {
  interface Window {
    /** The benchmarks `npm run bench` runs, each returning its rows. */
    benchmarks: typeof benchmarks;
  }
}

window.benchmarks = benchmarks;
document.body.dataset.ready = "true";
