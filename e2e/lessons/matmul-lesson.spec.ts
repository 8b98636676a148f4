import { largestX, measured, medianField, seriesNames } from "../../kit/queries";
import { MATMUL_SERIES, matmulThreadsName } from "../../lessons/vectorization/matmul-series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test("matrix multiply: every way gives the same C, and blocked SIMD beats naive at the largest N", async ({
  page,
}) => {
  await page.goto("/#/lesson/vectorization");
  const cell = experimentCell(page, "matmul");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".headline")).toContainText("At N = 512");
  const results = await downloadResults(cell);
  const threads = matmulThreadsName(results.environment.hardwareConcurrency);
  expect(new Set(seriesNames(results))).toEqual(
    new Set([...Object.values(MATMUL_SERIES), threads]),
  );

  // At every size, the sum of C agrees with the JS loop's within float32 rounding.
  const sizes = new Set(results.samples.map((sample) => sample.x));
  expect(sizes.size).toBeGreaterThan(2);
  for (const n of sizes) {
    const atN = results.samples.filter((sample) => sample.x === n);
    const reference = atN.find((s) => s.series === MATMUL_SERIES.js)?.checksum as number;
    expect(reference).toBeGreaterThan(0);
    for (const sample of atN) {
      expect(Math.abs((sample.checksum as number) - reference)).toBeLessThan(1e-5 * reference);
    }
  }
  await expect(cell).toContainText("every way gave the same C");

  const largest = largestX(results);
  const medianPass = (series: string) =>
    measured(medianField(results, series, largest, "kernelMs"));
  // About 5× on a quiet machine; 0.5 leaves room for a noisy shared one.
  expect(medianPass(MATMUL_SERIES["blocked-simd"])).toBeLessThan(
    0.5 * medianPass(MATMUL_SERIES.naive),
  );
});
