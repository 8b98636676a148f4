import type { Page } from "@playwright/test";
import { lessons } from "../../lessons";
import { expect, experimentCell, runCell, test } from "../support/fixtures";

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Why the slide on screen does not fit, if it does not: the page scrolls, or an element on the
 * slide scrolls (or clips) content out of sight; on an experiment's slide, the state badge
 * covers the cell's title.
 */
function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const page = document.scrollingElement;
    if (page && page.scrollHeight > innerHeight) {
      problems.push(`the page scrolls: ${page.scrollHeight} px in a ${innerHeight} px window`);
    }
    const slide = document.querySelector<HTMLElement>(".slide:not([hidden])");
    if (!slide) return ["no slide shown"];
    for (const element of slide.querySelectorAll<HTMLElement>("*")) {
      const { overflowY } = getComputedStyle(element);
      // A 1 px box is text kept for screen readers only.
      if (!/auto|scroll|hidden|clip/.test(overflowY) || element.clientHeight <= 1) continue;
      if (element.scrollHeight > element.clientHeight + 1) {
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className} scrolls: ${element.scrollHeight} px in ${element.clientHeight}`,
        );
      }
    }
    for (const cell of slide.querySelectorAll("[data-experiment]")) {
      const badge = cell.querySelector(".state-badge")?.getBoundingClientRect();
      const title = cell.querySelector("h3")?.getBoundingClientRect();
      if (!badge || !title) continue;
      const apart =
        badge.bottom <= title.top ||
        title.bottom <= badge.top ||
        badge.right <= title.left ||
        title.right <= badge.left;
      if (!apart) problems.push("the state badge covers the cell's title");
    }
    return problems.map((problem) => `${slide.dataset.slide}: ${problem}`);
  });
}

/** Opens a lesson's deck and waits until its slides are measured and cut into pages. */
async function openDeck(page: Page, slug: string): Promise<number> {
  await page.goto(`/?quick=1#/present/${slug}`);
  await expect(page.locator(".slide-stage[data-measured]")).toBeAttached();
  const count = await page.locator(".slide-count").innerText();
  return Number(/\/ (\d+)$/.exec(count)?.[1]);
}

for (const screen of SCREENS) {
  for (const scheme of ["light", "dark"] as const) {
    test(`every slide of every lesson fits a ${screen.width}×${screen.height} screen, ${scheme}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(screen);
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      let walked = 0;
      for (const { slug, title } of lessons) {
        const count = await openDeck(page, slug);
        await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
        for (let at = 1; at <= count; at++) {
          if (at > 1) await page.keyboard.press("ArrowRight");
          await expect(page.locator(".slide-count")).toHaveText(`${title} · ${at} / ${count}`);
          problems.push(...(await fitProblems(page)).map((problem) => `${slug}/${problem}`));
          walked++;
        }
      }
      expect(walked).toBeGreaterThan(lessons.length * 5);
      expect(problems).toEqual([]);
    });
  }
}

test("an experiment's slide still fits with its chart drawn and its verdict given", async ({
  page,
}) => {
  await page.setViewportSize(SCREENS[0]);
  await openDeck(page, "why-parallel");
  await page.goto("/?quick=1#/present/why-parallel/your-cores-measured-2");
  const cell = experimentCell(page, "count-primes");
  await expect(cell).toBeVisible();
  // The code is one toggle away, and hidden until asked for.
  const code = cell.getByRole("button", { name: "Show code" });
  await expect(code).toHaveAttribute("aria-expanded", "false");
  await expect(cell.locator(".code-panel")).toBeHidden();

  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator(".plot svg[role='img']").first()).toBeVisible();
  await expect(cell.locator("[data-verdict]")).toBeVisible();
  expect(await fitProblems(page)).toEqual([]);

  // The chart fills the column beside the controls, and its text grows with the slide.
  const chart = await cell.locator(".results .plot").first().boundingBox();
  expect(chart?.width).toBeGreaterThan(SCREENS[0].width / 2);
  expect(chart?.height).toBeGreaterThan(SCREENS[0].height / 4);
  const tickSize = await cell
    .locator(".results .plot [aria-label='x-axis tick label'] text")
    .first()
    .evaluate((text) => text.getBoundingClientRect().height);
  expect(tickSize).toBeGreaterThan(12);

  await code.click();
  await expect(cell.locator(".code-panel")).toBeVisible();
  await expect(cell.getByRole("button", { name: "Hide code" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
});
