import { LAB_PORT } from "../../playwright.config";
import { expect, test } from "../support/fixtures";

/**
 * Monte Carlo π (workers/wasm/pi.ts, scalar and SIMD) and prime counting (workers/wasm/primes.ts)
 * run by a pool worker in real Chromium through the lab page, against the JS references: the
 * counts must be exactly equal. Sample counts below, at and past the four SIMD lanes, and not
 * multiples of four, so the leftover points are checked too; a seed whose first lane state
 * would be zero; prime ranges from 0, across 2, and near 2³¹.
 */
test("π hits and prime counts in WebAssembly equal the JS references exactly", async ({ page }) => {
  await page.goto(`http://localhost:${LAB_PORT}/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  const piCases = [0, 1, 2, 3, 4, 5, 7, 1_001, 100_003].map((samples) => ({ seed: 42, samples }));
  piCases.push({ seed: 0x9e3779b9, samples: 10_000 }, { seed: 0, samples: 9_999 });
  const primeRanges = [
    { from: 0, to: 1 },
    { from: 0, to: 3 },
    { from: 2, to: 3 },
    { from: 0, to: 100_000 },
    { from: 999_983, to: 1_000_100 },
    { from: 2_147_483_000, to: 2_147_483_647 },
  ];
  const agreements = await page.evaluate(
    ([piCases, primeRanges]) => window.corelab.countsAgreement(piCases, primeRanges),
    [piCases, primeRanges] as const,
  );
  expect(agreements).toHaveLength(2 * piCases.length + primeRanges.length);
  for (const { way, input, expected, actual } of agreements) {
    expect(actual, `${way} at ${input}`).toBe(expected);
  }
  // The references themselves: 9,592 primes below 100,000; π within 1 % from 100,003 points.
  const primes = agreements.find((a) => a.way === "primes" && a.input === "0–100000");
  expect(primes?.expected).toBe(9_592);
  const pi = agreements.find((a) => a.way === "pi-simd" && a.input === "42/100003");
  expect(Math.abs((4 * (pi?.expected ?? 0)) / 100_003 - Math.PI)).toBeLessThan(0.03);
});
