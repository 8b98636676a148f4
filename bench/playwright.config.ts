import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { LAB_PORT, PORT, SYSTEM_CHROMIUM, WEBGPU_FLAGS } from "../playwright.config";

/**
 * `npm run bench`: the benchmarks (`*.bench.ts`) in headless Chromium against the built lab
 * page, one at a time. Same browser and flags as the end-to-end tests, so WebGPU benchmarks
 * can join later.
 */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.bench.ts",
  // Benchmarks use every core; two at once would measure each other.
  workers: 1,
  fullyParallel: false,
  timeout: 30 * 60_000,
  reporter: [["list", { printSteps: true }]],
  use: {
    baseURL: `http://localhost:${LAB_PORT}`,
    launchOptions: {
      args: WEBGPU_FLAGS,
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    },
  },
  // The lab page for the benchmarks, and the notebook itself for its budgets (bench/budgets).
  // Never measure a server that happens to be running: it may serve another checkout's build.
  webServer: [
    {
      command: `npx vite preview --config lab/vite.config.ts --port ${LAB_PORT} --strictPort`,
      cwd: join(import.meta.dirname, ".."),
      url: `http://localhost:${LAB_PORT}`,
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      cwd: join(import.meta.dirname, ".."),
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
    },
  ],
});
