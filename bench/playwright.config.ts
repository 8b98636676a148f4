import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { freePorts, SYSTEM_CHROMIUM, WEBGPU_FLAGS } from "../playwright.config";

// Chosen once, when the runner loads this file; its worker processes load it again and inherit
// the runner's environment, so they find the same ports there.
if (!process.env.CORELAB_BENCH_PORT || !process.env.CORELAB_BENCH_APP_PORT) {
  const [bench, app] = await freePorts(2);
  process.env.CORELAB_BENCH_PORT = String(bench);
  process.env.CORELAB_BENCH_APP_PORT = String(app);
}

/** The bench page (bench/page/), which runs the benchmarks. */
const BENCH_PORT = Number(process.env.CORELAB_BENCH_PORT);
const APP_PORT = Number(process.env.CORELAB_BENCH_APP_PORT);
/** The built notebook, which the budgets (budgets/) measure. */
export const APP = `http://localhost:${APP_PORT}`;

/**
 * `npm run bench`: the benchmarks (`*.bench.ts`) in headless Chromium against the built bench
 * page, one at a time, and the budgets against the built notebook. Same browser and flags as the
 * end-to-end tests.
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
    baseURL: `http://localhost:${BENCH_PORT}`,
    launchOptions: {
      args: WEBGPU_FLAGS,
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    },
  },
  // Never measure a server that happens to be running: it may serve another checkout's build.
  webServer: [
    {
      command: `npx vite preview --config bench/page/vite.config.ts --port ${BENCH_PORT} --strictPort`,
      cwd: join(import.meta.dirname, ".."),
      url: `http://localhost:${BENCH_PORT}`,
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --port ${APP_PORT} --strictPort`,
      cwd: join(import.meta.dirname, ".."),
      url: APP,
      reuseExistingServer: false,
    },
  ],
});
