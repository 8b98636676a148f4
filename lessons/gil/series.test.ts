import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { PROCESSES, SERIAL, skippedThreads } from "./series";

function results(series: string[], crossOriginIsolated: boolean): Results {
  return {
    environment: { crossOriginIsolated },
    samples: series.map((name) => ({ series: name, x: 1, trial: 0, ms: 1 })),
  } as Results;
}

describe("skippedThreads", () => {
  it("is silent when the thread series ran", () => {
    expect(skippedThreads(results([SERIAL, PROCESSES], true))).toBeNull();
  });

  it("reads the results, not isolation: an isolated page may still lack shared memory", () => {
    // WebKitGTK: cross-origin isolated, no SharedArrayBuffer, so only the processes ran.
    expect(skippedThreads(results([PROCESSES], true))).toMatch(
      /did not run: .*SharedArrayBuffer, which this browser did not give the page, although the page was cross-origin isolated\./,
    );
    expect(skippedThreads(results([PROCESSES], false))).toMatch(/this page was not one\.$/);
  });
});
