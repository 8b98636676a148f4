import type { Server } from "node:http";
import { expect, test } from "./fixtures";
import { serveStatic } from "./staticServer";

const PORT = 4180;
let server: Server;

test.beforeAll(async () => {
  server = await serveStatic("dist", PORT);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("on a static host without COOP/COEP, the service worker makes the page isolated", async ({
  page,
}) => {
  const response = await page.goto(`http://localhost:${PORT}/#/lesson/why-parallel`);
  expect(response?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
  // The worker installs, takes control, and the page reloads once with the headers added.
  await page.waitForFunction(() => globalThis.crossOriginIsolated === true, null, {
    timeout: 15_000,
  });
  await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();
  await page.getByRole("button", { name: "Environment" }).click();
  await expect(page.locator(".fact", { hasText: "Cross-origin isolation" })).toContainText("yes");
});
