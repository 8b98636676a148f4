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
  const threads = matmulThreadsName(results.environment.hardwareConcurrency);
  expect(new Set(results.summary.map((row) => row.series))).toEqual(
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

  // Blocked SIMD's gain (about 5× on a quiet machine) is the gflops rows of `npm run bench`;
  // here every way's passes at the largest N were timed, and the headline names the ratio.
  const largest = Math.max(...sizes);
  for (const series of [...Object.values(MATMUL_SERIES), threads]) {
    const passes = results.samples
      .filter((s) => s.series === series && s.x === largest && s.dropped !== true)
      .map((s) => s.kernelMs as number);
    expect(passes.length, series).toBeGreaterThan(0);
    for (const ms of passes) expect(ms, series).toBeGreaterThan(0);
  }
  await expect(cell.locator(".headline")).toContainText(
    /WASM blocked SIMD took [\d.,]+ ms \([\d.]+ GFLOP\/s\), [\d.]+× faster than the naive WASM loop/,
  );
});
