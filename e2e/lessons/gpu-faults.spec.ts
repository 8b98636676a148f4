import { readFileSync } from "node:fs";
import { LAB_PORT } from "../../playwright.config";
import { expect, test } from "../support/fixtures";

// The GPU worker's faults, driven through the lab page (lab/lab.ts exposes GpuWorker and the
// f(x) shader). Each ends in a clear refusal, and the same worker then runs a good pass.
test.use({ baseURL: `http://localhost:${LAB_PORT}` });

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await page.waitForFunction(() => document.body.dataset.ready === "true");
});

/** A refusal as the page received it, or null when the call succeeded. */
interface Caught {
  name: string;
  reason?: string;
  message: string;
}

test("a broken shader is refused with its file:line:col, and the next good shader runs", async ({
  page,
}) => {
  const good = readFileSync("workers/shaders/poly.wgsl", "utf8");
  const target = "output[i] = x + x * x + x * x * x;";
  const line = good.split("\n").findIndex((text) => text.includes(target)) + 1;
  expect(line).toBeGreaterThan(0);

  const { refusal, maxRelativeError } = await page.evaluate(async (target) => {
    const { GpuWorker, POLY_SHADER } = window.corelab;
    const signal = new AbortController().signal;
    const gpu = await GpuWorker.start(signal);
    try {
      // The reader's edit: a name that does not exist.
      const broken = {
        name: "edited.wgsl",
        code: POLY_SHADER.code.replace(target, "output[i] = y;"),
      };
      const options = { maxFloats: 10_000, seed: 1 };
      const refusal = await gpu.prepare("poly", { ...options, shader: broken }, signal).then(
        () => null,
        (error: Error & { reason?: string }) => ({
          ...error,
          name: error.name,
          message: error.message,
        }),
      );
      await gpu.prepare("poly", { ...options, shader: POLY_SHADER }, signal);
      const { check } = await gpu.run("poly", "gpu", 10_000, signal);
      return { refusal, maxRelativeError: check.kernel === "poly" ? check.maxRelativeError : -1 };
    } finally {
      gpu.terminate();
    }
  }, target);

  expect(refusal as Caught | null).toMatchObject({ name: "GpuRefusedError", reason: "compile" });
  expect(refusal?.message).toMatch(new RegExp(`edited\\.wgsl:${line}:\\d+: error: .*'y'`));
  expect(maxRelativeError).toBeGreaterThanOrEqual(0);
  expect(maxRelativeError).toBeLessThan(1e-4);
});

test("a lost device fails the pass with a clear message, and the next prepare gets a new one", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const { GpuWorker, POLY_SHADER } = window.corelab;
    const signal = new AbortController().signal;
    const gpu = await GpuWorker.start(signal);
    const options = { shader: POLY_SHADER, maxFloats: 100_000, seed: 1 };
    try {
      const first = await gpu.prepare("poly", options, signal);
      await gpu.run("poly", "gpu", 100_000, signal);
      await gpu.loseDevice(signal);
      const lost = await gpu.run("poly", "gpu", 100_000, signal).then(
        () => null,
        (error: Error & { reason?: string }) => ({ reason: error.reason, message: error.message }),
      );
      const second = await gpu.prepare("poly", options, signal);
      const { check } = await gpu.run("poly", "gpu", 100_000, signal);
      return { first, lost, second, check };
    } finally {
      gpu.terminate();
    }
  });
  expect(outcome.lost?.reason).toBe("device-lost");
  expect(outcome.lost?.message).toContain("The GPU device was lost (destroyed");
  expect(outcome.lost?.message).toContain("Run again");
  expect(outcome.first.generation).toBe(1);
  expect(outcome.second.generation).toBe(2);
  expect(outcome.check).toMatchObject({ kernel: "poly" });
  expect(outcome.check.kernel === "poly" && outcome.check.maxRelativeError).toBeLessThan(1e-4);
});

test("a buffer beyond the device's limit is refused before allocating, with the limit", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const { GpuWorker, POLY_SHADER } = window.corelab;
    const signal = new AbortController().signal;
    const gpu = await GpuWorker.start(signal);
    const options = { shader: POLY_SHADER, seed: 1 };
    try {
      const { maxBufferBytes } = await gpu.prepare(
        "poly",
        { ...options, maxFloats: 1_000 },
        signal,
      );
      const tooMany = Math.floor(maxBufferBytes / 4) + 1;
      const started = performance.now();
      const refusal = await gpu.prepare("poly", { ...options, maxFloats: tooMany }, signal).then(
        () => null,
        (error: Error & { reason?: string }) => ({ reason: error.reason, message: error.message }),
      );
      const refusedAfterMs = performance.now() - started;
      await gpu.prepare("poly", { ...options, maxFloats: 1_000 }, signal);
      const { check } = await gpu.run("poly", "gpu", 1_000, signal);
      return { maxBufferBytes, refusal, refusedAfterMs, check };
    } finally {
      gpu.terminate();
    }
  });
  const limit = `${outcome.maxBufferBytes.toLocaleString("en")} bytes`;
  expect(outcome.refusal?.reason).toBe("too-large");
  expect(outcome.refusal?.message).toContain(`at most ${limit}`);
  expect(outcome.refusal?.message).toContain("Choose a smaller size");
  // Refused from the numbers alone: making the seeded inputs (a float per 4 bytes of the limit)
  // would take seconds and filling the buffers far longer.
  expect(outcome.refusedAfterMs).toBeLessThan(1_000);
  expect(outcome.check).toMatchObject({ kernel: "poly" });
});
