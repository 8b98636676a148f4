import { readFileSync } from "node:fs";
import { samplesOf } from "../../kit/queries";
import { PI_SERIES } from "../../lessons/vectorization/pi-series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

const PI = readFileSync("workers/kernels/pi.ts", "utf8");
const HIT_LINE = "      if (Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1) hits++;";

test("Monte Carlo π: the pool runs the reader's JS loop, and the hit-count note names the ways that now disagree", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/vectorization");
  const cell = experimentCell(page, "monte-carlo");
  const editor = await openTaskEditor(cell);
  expect(PI).toContain(HIT_LINE);
  // Every point counts as a hit: π comes out as 4, and the WebAssembly ways disagree.
  await replaceTaskCode(editor, PI.replace(HIT_LINE, "      hits++;"));

  expect(await runCell(cell)).toBe("done");
  const results = await downloadResults(cell);
  const js = samplesOf(results, PI_SERIES.js);
  expect(js.length).toBeGreaterThan(0);
  for (const sample of js) expect(sample.hits).toBe(sample.x);
  await expect(cell.locator(".notes")).toContainText(
    `other hits than the JS loop: ${PI_SERIES.scalar} at`,
  );
});
