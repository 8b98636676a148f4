import { describe, expect, it } from "vitest";
import { RESULTS_SCHEMA_ID, type Results } from "../common/results";
import { browserName, overlayLabel, overlaySeries, withOverlays } from "./overlay";

const results = (userAgent: string, cores: number, q50: number): Results => ({
  schema: RESULTS_SCHEMA_ID,
  experiment: "count-primes",
  lesson: "why-parallel",
  params: {},
  environment: {
    userAgent,
    hardwareConcurrency: cores,
    crossOriginIsolated: true,
    timerResolutionMs: 0.005,
    wasmSimd: true,
    wasmThreads: true,
    gpu: null,
  },
  startedAt: "2026-11-22T10:00:00.000Z",
  finishedAt: "2026-11-22T10:00:05.000Z",
  x: { name: "n", unit: "numbers" },
  samples: [{ series: "1 worker", x: 10, trial: 0, ms: q50 }],
  summary: [{ series: "1 worker", x: 10, n: 1, q05: q50, q50, q95: q50 }],
  timeline: [{ lane: "worker 1", kind: "run", start: 0, end: 1 }],
});

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0";
const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36";
const EDGE = `${CHROME.replace("HeadlessChrome", "Chrome")} Edg/140.0.0.0`;
const SAFARI =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15";

describe("overlays", () => {
  it("names the browser and its major version", () => {
    expect(browserName(FIREFOX)).toBe("Firefox 139");
    expect(browserName(CHROME)).toBe("Chrome 140");
    expect(browserName(EDGE)).toBe("Edge 140");
    expect(browserName(SAFARI)).toBe("Safari 18");
    expect(browserName("curl/8")).toBe("a browser");
  });

  it("labels imports by environment, numbering labels that would repeat", () => {
    const firefox = results(FIREFOX, 8, 1);
    expect(overlayLabel(firefox, [])).toBe("8 cores · Firefox 139 · imported");
    expect(overlayLabel(firefox, ["8 cores · Firefox 139 · imported"])).toBe(
      "8 cores · Firefox 139 · imported 2",
    );
  });

  it("says so in the label when the imported run ran edited code", () => {
    const edited = {
      ...results(FIREFOX, 8, 1),
      editedSources: [{ source: "workers/kernels/primes.ts", code: "export {};" }],
    };
    expect(overlayLabel(edited, [])).toBe("8 cores · Firefox 139 · ran edited code · imported");
    expect(overlayLabel(results(FIREFOX, 8, 1), [])).toBe("8 cores · Firefox 139 · imported");
  });

  it("merges imported series under their label, keeping the cell's own results first", () => {
    const own = results(CHROME, 2, 5);
    const overlay = { label: "8 cores · Firefox 139 · imported", results: results(FIREFOX, 8, 2) };
    const merged = withOverlays(own, [overlay]);
    expect(merged?.summary.map((row) => [row.series, row.q50])).toEqual([
      ["1 worker", 5],
      ["1 worker · 8 cores · Firefox 139 · imported", 2],
    ]);
    expect(merged?.samples).toHaveLength(2);
    expect(merged?.environment).toBe(own.environment);
    expect(overlaySeries(overlay)).toEqual(["1 worker · 8 cores · Firefox 139 · imported"]);
    // The cell's own results are untouched.
    expect(own.summary).toHaveLength(1);
  });

  it("shows imports alone when the cell has not run, and nothing extra without imports", () => {
    const own = results(CHROME, 2, 5);
    expect(withOverlays(own, [])).toBe(own);
    expect(withOverlays(null, [])).toBeNull();
    const alone = withOverlays(null, [{ label: "x", results: results(FIREFOX, 8, 2) }]);
    expect(alone?.summary.map((row) => row.series)).toEqual(["1 worker · x"]);
  });
});
