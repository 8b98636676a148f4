import { FIRST_CALL_WASM } from "../../lessons/vectorization/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { plainStaticHost } from "../support/staticServer";

const staticHost = plainStaticHost();

// Without its service worker, a static host cannot make the page cross-origin isolated.
test.use({ serviceWorkers: "block" });

test("without shared memory, the pool's experiment says why, and the first-call and π ones still run", async ({
  page,
}) => {
  await page.goto(`${staticHost()}/?quick=1#/lesson/vectorization`);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);

  const vectorize = experimentCell(page, "vectorize");
  await expect(vectorize).toHaveAttribute("data-state", "unsupported");
  await expect(vectorize).toContainText("SharedArrayBuffer");

  // The production build's worker fetches and compiles the .wasm file from a plain static host.
  const firstCall = experimentCell(page, "first-call");
  expect(await runCell(firstCall)).toBe("done");
  const results = await downloadResults(firstCall);
  expect(results.samples.some((s) => s.series === FIRST_CALL_WASM && s.x === 1)).toBe(true);

  // Monte Carlo π needs no shared memory: its pool worker is sent the compiled module itself.
  expect(await runCell(experimentCell(page, "monte-carlo"))).toBe("done");
});
