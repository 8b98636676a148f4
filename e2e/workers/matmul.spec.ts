import { LAB_PORT } from "../../playwright.config";
import { expect, test } from "../support/fixtures";

/**
 * The WebAssembly matrix multiplies (workers/wasm/matmul.ts), run in real Chromium through the
 * lab page, against the JS reference: sizes below, at and past a SIMD width and a cache tile,
 * so the leftover columns and the partial tiles are checked too.
 */
test("naive and blocked SIMD matmul give the JS reference's result at every size", async ({
  page,
}) => {
  await page.goto(`http://localhost:${LAB_PORT}/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  const sizes = [1, 3, 4, 5, 63, 64, 65, 130];
  const agreements = await page.evaluate((sizes) => window.corelab.matmulAgreement(sizes), sizes);
  expect(agreements.map(({ n, way }) => `${way}@${n}`)).toEqual(
    sizes.flatMap((n) => [`naive@${n}`, `blocked-simd@${n}`]),
  );
  for (const { n, way, difference, tolerance } of agreements) {
    expect(difference, `${way} at n = ${n}`).toBeLessThanOrEqual(tolerance);
  }
});
