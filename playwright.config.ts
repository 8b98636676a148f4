import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium where installed (CI installs it); otherwise Playwright's own browser. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** WebGPU in headless Chromium runs on SwiftShader, a CPU renderer (see DESIGN.md). */
export const WEBGPU_FLAGS = [
  "--enable-unsafe-webgpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

/**
 * Ports of the preview servers. Each checkout working at once on one machine sets its own
 * `CORELAB_PORT` (the lab page takes the next port), so their servers never meet.
 */
export const PORT = Number(process.env.CORELAB_PORT ?? 4173);
/** The lab page (bench/): the engine exposed for the pool's tests and the benchmarks. */
export const LAB_PORT = PORT + 1;

export default defineConfig({
  testDir: "e2e",
  // Experiments time real work on every core; two tests at once would skew each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    launchOptions: {
      args: WEBGPU_FLAGS,
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite preview --config lab/vite.config.ts --port ${LAB_PORT} --strictPort`,
      url: `http://localhost:${LAB_PORT}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
