import { readFileSync } from "node:fs";
import { sumTolerance } from "../../common/gpu/reduceTree";
import {
  CPU_NAME,
  gpuName,
  RELATIVE_TOLERANCE,
  SUM_CPU_NAME,
  timerNames,
  workgroupName,
} from "../../kit/gpuSeries";
import { samplesOf, seriesNames, xsOf } from "../../kit/queries";
import { LAB_PORT } from "../../playwright.config";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

// Headless Chromium here has only SwiftShader: every GPU series must say it is emulated.
test.describe("GPUs (WebGPU on SwiftShader)", () => {
  test("the GPU's output matches f in JS, and its series is labelled CPU-emulated", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/gpus");
    const cell = experimentCell(page, "gpu-crossover");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(results.environment.gpu?.emulated).toBe(true);
    const gpu = gpuName(true);
    expect(gpu).toContain("CPU-emulated GPU");
    expect(new Set(seriesNames(results))).toEqual(new Set([CPU_NAME, gpu]));
    await expect(cell.locator(".headline")).toContainText("say nothing about a real GPU");

    const gpuSamples = samplesOf(results, gpu);
    expect(gpuSamples.length).toBeGreaterThan(0);
    for (const sample of gpuSamples) {
      expect(sample.maxRelativeError).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
      // Each phase was timed apart, and the GPU's own timestamps were read (SwiftShader has them).
      for (const field of ["uploadMs", "computeMs", "readbackMs", "gpuComputeMs"]) {
        expect(sample[field]).toBeGreaterThanOrEqual(0);
      }
    }
    await expect(cell).toContainText("matched f computed in JavaScript");
  });

  test("the GPU's float32 sum is within its tree's rounding bound of the float64 sum", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/gpus");
    const cell = experimentCell(page, "gpu-sum");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const gpu = gpuName(true);
    expect(new Set(seriesNames(results))).toEqual(new Set([SUM_CPU_NAME, gpu]));
    const gpuSamples = samplesOf(results, gpu);
    expect(gpuSamples.length).toBeGreaterThan(0);
    for (const sample of gpuSamples) {
      const exact = sample.exactSum as number;
      // Seeded floats in [0, 1): the sum of x of them is about x / 2.
      expect(exact).toBeGreaterThan(0.4 * sample.x);
      expect(Math.abs((sample.sum as number) - exact)).toBeLessThanOrEqual(
        sumTolerance(sample.x) * exact,
      );
      for (const field of ["uploadMs", "computeMs", "readbackMs", "gpuComputeMs"]) {
        expect(sample[field]).toBeGreaterThanOrEqual(0);
      }
    }
    await expect(cell).toContainText("within its float32 bound");
    await expect(cell.locator(".headline")).toContainText("say nothing about a real GPU");
  });

  test("Stop ends the GPU worker mid-run, and the next run works", async ({ page }) => {
    await page.goto("/#/lesson/gpus");
    const gpuWorkers = () => page.workers().filter((worker) => worker.url().includes("gpu-worker"));
    const cell = experimentCell(page, "gpu-crossover");
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect.poll(() => gpuWorkers().length).toBe(1);
    await page.waitForTimeout(1_000);
    await cell.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "stopped");
    // Stopping terminates the worker. How soon (mid-pass, well before the seconds the defaults
    // have left) is a latency, which a machine busy elsewhere can stretch past any fixed bound.
    await expect.poll(() => gpuWorkers().length).toBe(0);
    await cell.getByLabel("Largest array").fill("100000");
    expect(await runCell(cell)).toBe("done");
  });

  test("a timer around submit() alone reads less than the work took", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/gpus");
    const cell = experimentCell(page, "async-trap");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    const names = timerNames(true);
    expect(new Set(seriesNames(results))).toEqual(new Set(Object.values(names)));
    // In every pass the three timers share a start: submit() returns before the work is done,
    // and the work is done before the pass ends. How far apart they are (5× at 100,000 floats
    // here) is the headline's to say.
    const passes = samplesOf(results, names.submit);
    expect(passes.length).toBeGreaterThan(0);
    for (const pass of passes) {
      expect(pass.submitMs as number).toBeLessThan(pass.computeMs as number);
      expect(pass.computeMs as number).toBeLessThanOrEqual(pass.totalMs as number);
    }
    await expect(cell.locator(".headline")).toContainText(
      /a timer around submit\(\) alone said [\d.,]+ ms; the work took [\d.,]+ ms to finish, \d+× longer/,
    );
  });

  test("every workgroup size computes, each timed by the GPU", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/gpus");
    const cell = experimentCell(page, "workgroup-size");
    expect(await runCell(cell)).toBe("done");
    const results = await downloadResults(cell);
    expect(xsOf(results, workgroupName(true))).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
  });
});

test.describe("The editable shader cell", () => {
  test("a mistake is shown at its line; Reset brings back a shader that runs", async ({ page }) => {
    const original = readFileSync("workers/shaders/poly.wgsl", "utf8");
    const target = "output[i] = x + x * x + x * x * x;";
    const line = original.split("\n").findIndex((text) => text.includes(target)) + 1;
    await page.goto("/?quick=1#/lesson/gpus");
    const cell = page.locator('[data-shader-cell="edit-poly"]');
    // CodeMirror loads as the cell nears the viewport; a text area stands in until then.
    await cell.scrollIntoViewIfNeeded();
    // The code editor (CodeMirror), once loaded: its text has no line breaks, only lines.
    const editor = cell.locator(".cm-content");
    await expect(editor).toHaveAccessibleName("workers/shaders/poly.wgsl (yours to edit)");
    await expect(editor).toHaveText(original.replaceAll("\n", ""));

    await editor.fill(original.replace(target, "output[i] = y;"));
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "error", { timeout: 30_000 });
    // Marked in the editor at its line, and quoted under it.
    await expect(
      cell
        .locator(".cm-line")
        .nth(line - 1)
        .locator(".cm-lintRange-error"),
    ).toHaveCount(1);
    const error = cell.getByRole("alert").filter({ hasText: "did not compile" });
    await expect(error).toContainText(`workers/shaders/poly.wgsl:${line}:`);
    await expect(error).toContainText("'y'");
    await expect(error).toContainText("output[i] = y;");

    // The edit is saved: a reload keeps it.
    await page.reload();
    await cell.scrollIntoViewIfNeeded();
    await expect(editor).toContainText("output[i] = y;");

    await cell.getByRole("button", { name: "Reset" }).click();
    await expect(editor).toHaveText(original.replaceAll("\n", ""));
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "done", { timeout: 30_000 });
    await expect(cell).toContainText("It computes x + x² + x³");
    await expect(cell).toContainText("CPU-emulated GPU");

    // A shader that compiles but computes another f: run, and told it differs.
    await editor.fill(original.replace(target, "output[i] = x * x;"));
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).toContainText("something else than x + x² + x³", { timeout: 30_000 });
  });
});

test.describe("The tiled WebGPU matrix multiply, in the lab", () => {
  test.use({ baseURL: `http://localhost:${LAB_PORT}` });

  test("matches JS dot products on sampled entries of C, partial tiles included", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto("/");
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    const sizes = [1, 17, 130, 512];
    const agreements = await page.evaluate(
      (sizes) => window.corelab.gpuMatmulAgreement(sizes),
      sizes,
    );
    expect(agreements.map(({ n }) => n)).toEqual(sizes);
    for (const { n, maxRelativeError, tolerance } of agreements) {
      expect(maxRelativeError, `at n = ${n}`).toBeLessThanOrEqual(tolerance);
    }
  });
});
