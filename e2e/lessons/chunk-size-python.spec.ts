import { expect, experimentCell, test } from "../support/fixtures";
import { PYTHON_RUN_MS, runPython } from "../support/pythonCell";

// The chunk-size lesson's Python twins, run in the tab's CPython with the sizes the cells name.

test.describe.configure({ timeout: 2 * PYTHON_RUN_MS });

test.describe("Chunk size: the lesson's Python", () => {
  test("the bytes-in-flight twin measures what is out, never less than the workers' chunks", async ({
    page,
  }) => {
    await page.goto("/#/lesson/chunk-size");
    const cell = experimentCell(page, "bytes-in-flight");
    await expect(cell).toContainText("ROWS = 64 (not 256), ROW_LENGTH = 1,024 (not 4096)");
    const { state, output } = await runPython(cell, "Run Python");
    expect(state).toBe("done");
    const lines = [
      ...output.matchAll(
        /chunksize= *(\d+): +\d+ ms, at most +([\d.]+) MB out at once \(the workers' own chunks alone: +([\d.]+) MB\)/g,
      ),
    ];
    expect(lines.map((line) => Number(line[1]))).toEqual([1, 4, 16, 64, 256]);
    for (const [, , measured, held] of lines) {
      expect(Number(measured)).toBeGreaterThanOrEqual(Number(held));
      // 64 rows of 8 KB here: nothing can be out beyond the whole input.
      expect(Number(measured)).toBeLessThanOrEqual(0.53);
    }
  });

  test("the uneven-tasks twin runs every chunk size, one chunk per worker marked", async ({
    page,
  }) => {
    await page.goto("/#/lesson/chunk-size");
    const cell = experimentCell(page, "uneven-tasks");
    const { state, output } = await runPython(cell, "Run Python");
    expect(state).toBe("done");
    const sizes = [...output.matchAll(/chunksize= *(\d+): +\d+ ms/g)].map((m) => Number(m[1]));
    for (const size of [1, 2, 4, 8, 16, 32, 64]) expect(sizes).toContain(size);
    expect(output).toContain("<- one chunk per worker");
  });
});
