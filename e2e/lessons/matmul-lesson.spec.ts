import { largestX, samplesAt, samplesOf, seriesNames, xsOf } from "../../kit/queries";
import { MATMUL_SERIES, matmulThreadsName } from "../../lessons/vectorization/matmul-series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

test("matrix multiply: every way gives the same C, and blocked SIMD is timed against naive", async ({
  page,
}) => {
  await page.goto("/#/lesson/vectorization");
  const cell = experimentCell(page, "matmul");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".headline")).toContainText("At N = 512");
  const results = await downloadResults(cell);
  const ways = [
    ...Object.values(MATMUL_SERIES),
    matmulThreadsName(results.environment.hardwareConcurrency),
  ];
  expect(new Set(seriesNames(results))).toEqual(new Set(ways));

  // At every size, the sum of C agrees with the JS loop's within float32 rounding.
  const sizes = xsOf(results);
  expect(sizes.length).toBeGreaterThan(2);
  for (const n of sizes) {
    const reference = samplesOf(results, MATMUL_SERIES.js, n)[0]?.checksum as number;
    expect(reference).toBeGreaterThan(0);
    for (const sample of samplesAt(results, n)) {
      expect(Math.abs((sample.checksum as number) - reference)).toBeLessThan(1e-5 * reference);
    }
  }
  await expect(cell).toContainText("every way gave the same C");

  // Blocked SIMD's gain (about 5× on a quiet machine) is the gflops rows of `npm run bench`;
  // here every way's passes at the largest N were timed, and the headline names the ratio.
  const largest = largestX(results);
  for (const series of ways) {
    const passes = samplesOf(results, series, largest)
      .filter((s) => s.dropped !== true)
      .map((s) => s.kernelMs as number);
    expect(passes.length, series).toBeGreaterThan(0);
    for (const ms of passes) expect(ms, series).toBeGreaterThan(0);
  }
  await expect(cell.locator(".headline")).toContainText(
    /WASM blocked SIMD took [\d.,]+ ms \([\d.]+ GFLOP\/s\), [\d.]+× faster than the naive WASM loop/,
  );
});
