import { expect, test } from "../support/fixtures";

/** The pager's link to the next lesson. */
const nextLesson = (page: import("@playwright/test").Page) =>
  page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: /→$/ });

const mainHeading = (page: import("@playwright/test").Page) =>
  page.locator("main").getByRole("heading", { level: 1 });

test("every page has its own title, and focus moves to its heading when the reader navigates", async ({
  page,
}) => {
  await page.goto("/?quick=1#/");
  await expect(mainHeading(page)).toHaveText("Corelab");
  await expect(page).toHaveTitle("Corelab");
  // The first load leaves focus where the browser puts it.
  await expect(mainHeading(page)).not.toBeFocused();

  await page.getByRole("link", { name: "Why parallel?", exact: true }).click();
  await expect(page).toHaveTitle("Why parallel? · Corelab");
  await expect(mainHeading(page)).toHaveText("Why parallel?");
  await expect(mainHeading(page)).toBeFocused();
  // The next Tab goes on from the heading, into the lesson, not back to the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);

  await nextLesson(page).click();
  await expect(page).toHaveTitle("The GIL: threads versus processes · Corelab");
  await expect(mainHeading(page)).toBeFocused();

  await page.goBack();
  await expect(page).toHaveTitle("Why parallel? · Corelab");
  await expect(mainHeading(page)).toBeFocused();

  // Presenter mode: a title per slide; the deck puts focus on the slide it shows.
  await page.getByRole("link", { name: "Present this lesson" }).click();
  await expect(page).toHaveTitle("Why parallel? · Slides · Corelab");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveTitle("Three kinds of problem · Why parallel? · Slides · Corelab");
  await expect(page.locator(".slide:not([hidden])")).toBeFocused();

  await page.goto("/?quick=1#/no/such/page");
  await expect(page).toHaveTitle("Not found · Corelab");
});

test("a link to a cell opens at the cell, with focus left alone", async ({ page }) => {
  await page.goto("/?quick=1#/lesson/why-parallel/why-not-exactly-p-times-faster");
  const section = page.locator("#why-not-exactly-p-times-faster");
  await expect(section).toBeInViewport();
  await expect(page).toHaveTitle("Why parallel? · Corelab");
  await expect(mainHeading(page)).not.toBeFocused();
  await expect(mainHeading(page)).not.toBeInViewport();

  // From another page to a cell: focus on the heading, and the cell stays in view.
  await nextLesson(page).click();
  await expect(mainHeading(page)).toBeFocused();
  await page.goBack();
  await expect(mainHeading(page)).toBeFocused();
  await expect(section).toBeInViewport();
});
