import { existsSync } from "node:fs";
import { SERIES_NAMES } from "../../lessons/vectorization/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

// Without --enable-unsafe-webgpu, headless Chromium offers no adapter: the no-GPU path.
test.use({
  launchOptions: existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium" } : {},
});

test("without a WebGPU adapter the panel says why, and the lessons still run", async ({ page }) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  await page.getByRole("button", { name: "Environment" }).click();
  const gpu = page.getByRole("region", { name: "Your environment" }).locator(".fact", {
    hasText: "WebGPU",
  });
  await expect(gpu).toContainText("not available");
  await expect(gpu).toContainText(/no GPU adapter|no WebGPU/);

  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell)).toBe("done");
  expect((await downloadResults(cell)).environment.gpu).toBeNull();
});

test("without a WebGPU adapter each GPU cell says why, and the rest of the page runs", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/gpus");
  for (const id of ["gpu-crossover", "gpu-sum", "async-trap", "workgroup-size"]) {
    const cell = experimentCell(page, id);
    await expect(cell).toHaveAttribute("data-state", "unsupported");
    await expect(cell).toContainText("no GPU adapter");
  }
  const shaderCell = page.locator('[data-shader-cell="edit-poly"]');
  await expect(shaderCell).toHaveAttribute("data-state", "unsupported");
  await expect(shaderCell).toContainText("no GPU adapter");
  await expect(shaderCell.getByRole("button", { name: "Run", exact: true })).toBeDisabled();
  // The lesson's text is still there to read (the test above runs another lesson's cell).
  await expect(page.locator("h2#the-asynchronous-timing-trap")).toBeVisible();
});

test("without a WebGPU adapter the vectorization chart runs without its GPU line, and says why", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/vectorization");
  const cell = experimentCell(page, "vectorize");
  expect(await runCell(cell)).toBe("done");
  const series = new Set((await downloadResults(cell)).summary.map((row) => row.series));
  expect(series.has(SERIES_NAMES["wasm-simd"])).toBe(true);
  expect([...series].filter((name) => name.startsWith("WebGPU"))).toEqual([]);
  await expect(cell).toContainText("No WebGPU line");
  await expect(cell).toContainText("no WebGPU adapter");
});
