import { existsSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium where installed (CI installs it); otherwise Playwright's own browser. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** WebGPU in headless Chromium runs on SwiftShader, a CPU renderer (see DESIGN.md). */
export const WEBGPU_FLAGS = [
  "--enable-unsafe-webgpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

/** Ports no server listens on now, distinct: each is held until all are chosen. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, resolve)),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/**
 * The preview servers' ports. Unless `CORELAB_PORT` names one (the lab page then takes the next
 * port, or `CORELAB_LAB_PORT`), the system picks two free ones, so checkouts and other programs
 * on one machine never meet. They go into the environment because every Playwright worker loads
 * this file again and must find the servers the runner started.
 */
if (!process.env.CORELAB_PORT) {
  const [page, lab] = await freePorts(2);
  process.env.CORELAB_PORT = String(page);
  process.env.CORELAB_LAB_PORT = String(lab);
}
export const PORT = Number(process.env.CORELAB_PORT);
/** The lab page (lab/): the engine exposed for the pool's tests and the benchmarks. */
export const LAB_PORT = Number(process.env.CORELAB_LAB_PORT || PORT + 1);

export default defineConfig({
  testDir: "e2e",
  // Firefox and WebKit have a suite and a config of their own (npm run test:engines).
  testIgnore: /[\\/]e2e[\\/]engines[\\/]/,
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
