import { expect, test } from "../support/fixtures";
import { plainStaticHost } from "../support/staticServer";

const staticHost = plainStaticHost();

test("on a static host without COOP/COEP, the service worker makes the page isolated", async ({
  page,
}) => {
  const response = await page.goto(`${staticHost()}/#/lesson/why-parallel`);
  expect(response?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
  // The worker installs, takes control, and the page reloads once with the headers added.
  await page.waitForFunction(() => globalThis.crossOriginIsolated === true, null, {
    timeout: 15_000,
  });
  await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();
  await page.getByRole("button", { name: "Environment" }).click();
  await expect(page.locator(".fact", { hasText: "Cross-origin isolation" })).toContainText("yes");
});
