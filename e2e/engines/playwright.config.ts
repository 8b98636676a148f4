import { defineConfig } from "@playwright/test";
import type { EngineName } from "./fixtures";

/**
 * The cross-engine suite (`npm run test:engines`): the built notebook in Firefox and in WebKit,
 * which Playwright cannot drive here (its own builds cannot be downloaded). Firefox ESR runs
 * through puppeteer-core over WebDriver BiDi, WebKitGTK through WebKitWebDriver; the fixtures
 * start each and serve `dist/` on a free port. Chromium is the main suite's (playwright.config.ts).
 */
export default defineConfig<{ engineName: EngineName }>({
  testDir: ".",
  // Experiments time real work on every core; two engines at once would skew each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 5 * 60_000,
  expect: { timeout: 30_000 },
  reporter: "list",
  projects: [
    { name: "firefox", use: { engineName: "firefox" } },
    { name: "webkit", use: { engineName: "webkit" } },
  ],
});
