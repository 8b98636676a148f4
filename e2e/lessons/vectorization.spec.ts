import { gpuName } from "../../kit/gpuSeries";
import {
  largestX,
  measured,
  median,
  medianAt,
  medianField,
  pointsOf,
  samplesAt,
  samplesOf,
  seriesNames,
  xsOf,
} from "../../kit/queries";
import { PI_SERIES } from "../../lessons/vectorization/pi-series";
import {
  DRAWN_BY_DEFAULT,
  FIRST_CALL_JS,
  FIRST_CALL_WASM,
  poolName,
  SERIES_NAMES,
  threadsName,
} from "../../lessons/vectorization/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

/** Every way of computing f, not the copy (whose output is the input). */
const computingSeries = (cores: number) => [
  SERIES_NAMES["js-each"],
  SERIES_NAMES["js-loop"],
  SERIES_NAMES["wasm-scalar"],
  SERIES_NAMES["wasm-simd"],
  poolName(cores),
  threadsName(cores),
  // Headless Chromium here has WebGPU only on SwiftShader: the line must say so.
  gpuName(true),
];

test.describe("Vectorization", () => {
  test("with the defaults, every way agrees and each is timed against the JS loop", async ({
    page,
  }) => {
    await page.goto("/#/lesson/vectorization");
    const cell = experimentCell(page, "vectorize");
    expect(await runCell(cell)).toBe("done");
    // The default largest N is 3,000, a round 9 million floats.
    await expect(cell.locator(".headline")).toContainText("At 9,000,000 floats");
    const results = await downloadResults(cell);
    const cores = results.environment.hardwareConcurrency;
    const names = computingSeries(cores);
    expect(new Set(seriesNames(results))).toEqual(new Set([...names, SERIES_NAMES.copy]));

    // At every size, every way found the same checksum as the JS loop, within float32 rounding
    // (JS computes in doubles and rounds once; WebAssembly rounds after each f32 operation).
    for (const x of xsOf(results)) {
      const atX = samplesAt(results, x).filter((s) => names.includes(s.series));
      const reference = samplesOf(results, SERIES_NAMES["js-loop"], x)[0]?.checksum as number;
      expect(reference).toBeGreaterThan(0);
      for (const sample of atX) {
        expect(Math.abs((sample.checksum as number) - reference)).toBeLessThan(1e-5 * reference);
      }
    }

    await expect(cell).toContainText("every way gave the same output");

    // How much faster SIMD is (about 3× here) is the gbps rows of `npm run bench`, from a quiet
    // machine; here every way's passes were timed, and the headline names the measured ratio.
    const largest = largestX(results);
    for (const series of names) {
      expect(medianField(results, series, largest, "kernelMs"), series).toBeGreaterThan(0);
    }
    await expect(cell.locator(".headline")).toContainText(
      /WASM SIMD took [\d.,]+ ms \([\d.]+ GB\/s\), [\d.]+× faster than calling f per element in JS/,
    );

    // The copy is named for what it measures, not as a ceiling: in the caches SIMD may beat it,
    // and then the headline says why, in those words.
    const headline = cell.locator(".headline");
    await expect(headline).toContainText(/The copy of the same floats took [\d.,]+ ms/);
    const simd = measured(medianField(results, SERIES_NAMES["wasm-simd"], largest, "kernelMs"));
    const copy = measured(medianField(results, SERIES_NAMES.copy, largest, "kernelMs"));
    const percent = Math.round((100 * copy) / simd);
    // 9 million floats are 36 MB per array, more than the caches: if SIMD is ahead, it is not
    // because the copy ran in the caches.
    if (percent > 100) {
      await expect(headline).toContainText("SIMD was as fast as the copy: at this size both wait");
    } else {
      await expect(headline).not.toContainText("as fast as the copy");
    }
    await expect(headline).not.toContainText("SIMD beat the copy");
    await expect(headline).not.toContainText("ceiling");

    // By default the chart draws four lines, not every way; the table keeps all of them.
    const legend = cell.locator("figure.chart [class$='-swatch']");
    await expect(legend).toHaveCount(DRAWN_BY_DEFAULT.length);
    expect((await legend.allTextContents()).sort()).toEqual([...DRAWN_BY_DEFAULT].sort());
  });

  test("Lines drawn = 1 draws every way the run measured", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/vectorization");
    const cell = experimentCell(page, "vectorize");
    await cell.getByLabel("Lines drawn").fill("1");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(results.params.everyWay).toBe(1);
    const legend = cell.locator("figure.chart [class$='-swatch']");
    await expect(legend).toHaveCount(seriesNames(results).length);
    expect((await legend.allTextContents()).sort()).toEqual([...seriesNames(results)].sort());
    expect(seriesNames(results).length).toBeGreaterThan(DRAWN_BY_DEFAULT.length);
  });

  test("the first call is slower than the warm ones", async ({ page }) => {
    await page.goto("/#/lesson/vectorization");
    const cell = experimentCell(page, "first-call");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const lastCall = largestX(results);
    /** The median of a series' medians after its first call. */
    const warm = (series: string) =>
      measured(
        median(
          pointsOf(results, series)
            .filter((row) => row.x > 1)
            .map((row) => row.q50),
        ),
      );
    expect(lastCall).toBe(results.params.calls);
    // Parsing and running unoptimised code against a compiled loop: tens of times slower, even
    // on a loaded machine.
    expect(medianAt(results, FIRST_CALL_JS, 1)).toBeGreaterThan(warm(FIRST_CALL_JS));
    // Compiling and instantiating were timed apart from the calls, in every fresh worker.
    const firsts = samplesOf(results, FIRST_CALL_WASM, 1);
    expect(firsts).toHaveLength(results.params.trials as number);
    for (const sample of firsts) expect(sample.compileMs).toBeGreaterThan(0);
  });

  test("Monte Carlo π: every way counts the same hits, and SIMD is timed against scalar", async ({
    page,
  }) => {
    await page.goto("/#/lesson/vectorization");
    const cell = experimentCell(page, "monte-carlo");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const names = Object.values(PI_SERIES);
    expect(new Set(seriesNames(results))).toEqual(new Set(names));
    // The same seeded points every way: the counts are equal, not merely close.
    for (const x of xsOf(results)) {
      const hits = new Set(samplesAt(results, x).map((s) => s.hits));
      expect(hits.size, `hits at ${x} points`).toBe(1);
      const [count] = hits;
      expect(Math.abs((4 * (count as number)) / x - Math.PI)).toBeLessThan(0.05);
    }
    await expect(cell).toContainText("every way counted exactly the same hits");
    // SIMD's gain (about 4× on a quiet machine) is not for a loaded one to judge: every way's
    // passes were timed, and the headline names the measured ratio.
    const largest = largestX(results);
    for (const series of names) {
      expect(medianField(results, series, largest, "kernelMs"), series).toBeGreaterThan(0);
    }
    await expect(cell.locator(".headline")).toContainText(
      /WASM SIMD took [\d.,]+ ms, [\d.]+× faster than WASM scalar/,
    );
  });
});
