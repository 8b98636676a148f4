import { LAB_PORT } from "../../playwright.config";
import { expect, test } from "../support/fixtures";

/**
 * The WebAssembly threads kernels (workers/kernels/wasm-threads.ts), run by real pools in
 * Chromium through the lab page over one shared WebAssembly.Memory, against the JS reference:
 * sizes below, at and past a SIMD width, split over 1, 2 and 3 workers, so slices that do not
 * divide evenly, and slices shorter than four lanes, are checked too.
 */
test("f and matmul over a shared memory give the JS reference's result on every pool", async ({
  page,
}) => {
  await page.goto(`http://localhost:${LAB_PORT}/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  const workers = [1, 2, 3];
  const lengths = [1, 3, 4, 5, 17, 1_000, 65_537];
  const sides = [1, 3, 5, 64, 65, 130];
  const agreements = await page.evaluate(
    ([workers, lengths, sides]) => window.corelab.threadsAgreement(workers, lengths, sides),
    [workers, lengths, sides] as const,
  );
  expect(agreements.map(({ kernel, workers, size }) => `${kernel} ${workers}×${size}`)).toEqual(
    workers.flatMap((w) => [
      ...lengths.map((length) => `poly ${w}×${length}`),
      ...sides.map((n) => `matmul ${w}×${n}`),
    ]),
  );
  for (const { kernel, workers, size, difference, tolerance } of agreements) {
    expect(difference, `${kernel} on ${workers} workers at ${size}`).toBeLessThanOrEqual(tolerance);
  }
});
