import { gzipSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import type { Row } from "../benchmarks/row";

/**
 * `initial-js-kb-gzip`: the JavaScript a reader's browser fetches to show the contents page and
 * then open the first lesson from it (before pressing Run), measured from the real page load:
 * every JavaScript file the page receives, fetched again here and gzipped (level 9, as a server
 * would precompress), in kB of 1000 bytes. It must run before anything else visited the
 * notebook in this browser context, so nothing comes from a cache.
 *
 * A second row, `first-chart-js-kb-gzip`, has no target: the same count once the reader has
 * scrolled to the lesson's first chart, which fetches Observable Plot.
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
  const initial = await gzippedKb(scripts);
  await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
  await expect(page.locator("figure.chart svg[role=img]").first()).toBeVisible();
  await settled(scripts);
  const withChart = await gzippedKb(scripts);
  return [
    { metric: "initial-js-kb-gzip", subject: `contents+${slug}`, value: initial, unit: "kB" },
    {
      metric: "first-chart-js-kb-gzip",
      subject: `contents+${slug}+first-chart`,
      value: withChart,
      unit: "kB",
    },
  ];
}

async function gzippedKb(scripts: Set<string>): Promise<number> {
  // Playwright's `response.body()` can wait forever on a response the service worker served.
  const files = await Promise.all(
    [...scripts].map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer())),
  );
  return files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1000;
}

/** Until no new script has arrived for half a second: lazy chunks load after the first paint. */
async function settled(scripts: Set<string>): Promise<void> {
  let seen = -1;
  while (seen !== scripts.size) {
    seen = scripts.size;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
