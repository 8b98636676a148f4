import { describe, expect, it } from "vitest";
import { canRunHere, scaleSizes } from "./pythonTwin";

describe("canRunHere", () => {
  it("runs a standard-library script", () => {
    expect(canRunHere("import os\nfrom multiprocessing import Pool\n")).toEqual({ runs: true });
  });

  it("names what a script needs that the browser's Python lacks", () => {
    expect(canRunHere("import numpy as np")).toMatchObject({ runs: false, reason: /NumPy/ });
    expect(canRunHere("from joblib import Parallel")).toMatchObject({ reason: /joblib/ });
    expect(canRunHere("import threading")).toMatchObject({ reason: /threads/ });
    expect(canRunHere("from concurrent.futures import ThreadPoolExecutor")).toMatchObject({
      reason: /threads/,
    });
    expect(canRunHere("from multiprocessing.pool import ThreadPool")).toMatchObject({
      reason: /threads/,
    });
    expect(canRunHere("await asyncio.to_thread(fetch, url)")).toMatchObject({ reason: /threads/ });
    expect(canRunHere("from multiprocessing import Pool")).toEqual({ runs: true });
  });
});

describe("scaleSizes", () => {
  it("sets the first assignment of each size and says what it was", () => {
    const script = "def f():\n    n = 3\nif True:\n    n = 1_000_000  # big\n";
    const { code, scaled } = scaleSizes(script, { n: 200_000, missing: 5 });
    expect(code).toBe("def f():\n    n = 200_000\nif True:\n    n = 1_000_000  # big\n");
    expect(scaled).toEqual([{ name: "n", from: "3", to: 200_000 }]);
  });

  it("leaves a script without the size as it is", () => {
    expect(scaleSizes("x = 1\n", { n: 5 })).toEqual({ code: "x = 1\n", scaled: [] });
  });
});
