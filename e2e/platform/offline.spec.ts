import type { Page } from "@playwright/test";
import { lessons } from "../../lessons";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { type StaticHost, serveStatic } from "../support/staticServer";

/** Until the service worker has precached the build (it installs before it activates). */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/**
 * Offline: the contents page, every lesson, and one experiment whose pool runs WebAssembly in
 * workers (their scripts and the .wasm must come from the cache), still cross-origin isolated.
 */
async function checkOffline(page: Page, origin: string, consoleProblems: string[]): Promise<void> {
  await page.reload();
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  // A file the build does not have must fail: the network really is gone.
  const unknown = await page.evaluate(() =>
    fetch("./not-in-the-build.txt").then(
      () => "fetched",
      () => "failed",
    ),
  );
  expect(unknown).toBe("failed");
  // Chromium reports that failure on the console; it is the one expected message.
  expect(consoleProblems).toEqual(["error: Failed to load resource: net::ERR_FAILED"]);
  consoleProblems.length = 0;

  for (const lesson of lessons) {
    await page.goto(`${origin}/?quick=1#/lesson/${lesson.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.locator("[data-experiment]").first()).toBeVisible();
  }
  await page.goto(`${origin}/?quick=1#/lesson/vectorization`);
  const cell = experimentCell(page, "vectorize");
  expect(await runCell(cell)).toBe("done");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
}

test("after one visit the notebook works offline (vite preview)", async ({
  page,
  context,
  consoleProblems,
}) => {
  await page.goto("/?quick=1#/");
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await checkOffline(page, "", consoleProblems);
});

test("after one visit the notebook works offline on a header-less static host", async ({
  page,
  context,
  consoleProblems,
}) => {
  // A header-less static host of the build, which this test stops to be offline twice over.
  let host: StaticHost | null = await serveStatic("dist");
  const { origin } = host;
  try {
    await page.goto(`${origin}/?quick=1#/`);
    // The worker takes control and the page reloads once, isolated by the headers it adds.
    await page.waitForFunction(() => globalThis.crossOriginIsolated === true, null, {
      timeout: 30_000,
    });
    await waitForServiceWorkerControl(page);
    // Offline twice over: the browser's network is cut and the host is gone.
    await context.setOffline(true);
    const closing = host;
    host = null;
    await closing.close();
    await checkOffline(page, origin, consoleProblems);
  } finally {
    await host?.close();
  }
});

test("the notebook is installable: a manifest with icons the browser accepts", async ({ page }) => {
  await page.goto("/#/");
  await waitForServiceWorkerControl(page);
  const session = await page.context().newCDPSession(page);
  const parsed = await session.send("Page.getAppManifest");
  expect(parsed.errors).toEqual([]);
  expect(parsed.manifest?.icons?.length).toBeGreaterThan(0);
  const { installabilityErrors } = await session.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where no browser offers to install; every other
  // condition (manifest fields, icons, a service worker) must hold.
  const errors = installabilityErrors.map((error) => error.errorId);
  expect(errors.filter((id) => id !== "in-incognito")).toEqual([]);
});
