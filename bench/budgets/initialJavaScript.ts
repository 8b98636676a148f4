import { gzipSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import type { Row } from "../benchmarks/row";

/**
 * `initial-js-kb-gzip`: the JavaScript a reader's browser fetches to show the contents page and
 * then open the first lesson from it (before pressing Run), measured from the real page load:
 * every JavaScript file the page receives, fetched again here and gzipped (level 9, as a server
 * would precompress), in kB of 1000 bytes. It must run before anything else visited the
 * notebook in this browser context, so nothing comes from a cache.
 */
export async function initialJavaScript(page: Page, app: string): Promise<Row[]> {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.headers()["content-type"]?.includes("javascript")) scripts.add(response.url());
  });
  await page.goto(`${app}/#/`);
  const firstLesson = page.locator(".lesson-list a").first();
  const slug = (await firstLesson.getAttribute("href"))?.replace("#/lesson/", "");
  await firstLesson.click();
  await expect(page.locator("[data-experiment]").first()).toBeVisible();
  await settled(scripts);
  // Playwright's `response.body()` can wait forever on a response the service worker served.
  const files = await Promise.all(
    [...scripts].map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer())),
  );
  const bytes = files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  return [
    { metric: "initial-js-kb-gzip", subject: `contents+${slug}`, value: bytes / 1000, unit: "kB" },
  ];
}

/** Until no new script has arrived for half a second: lazy chunks load after the first paint. */
async function settled(scripts: Set<string>): Promise<void> {
  let seen = -1;
  while (seen !== scripts.size) {
    seen = scripts.size;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
