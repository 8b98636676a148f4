import { expect, experimentCell, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 720 } });

const slide = (page: import("@playwright/test").Page) => page.locator(".slide:not([hidden])");

test("presenter mode goes slide by slide from the keyboard, with a URL per slide", async ({
  page,
}) => {
  await page.goto("/?quick=1#/");
  await page
    .getByRole("listitem")
    .filter({ hasText: "Why parallel?" })
    .getByRole("link", { name: "Present" })
    .click();
  await expect(page).toHaveURL(/#\/present\/why-parallel$/);
  await expect(slide(page).getByRole("heading", { level: 1 })).toHaveText("Why parallel?");
  await expect(page.locator(".slide-count")).toHaveText(/^Why parallel\? · 1 \/ \d+$/);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#\/present\/why-parallel\/three-kinds-of-problem$/);
  await expect(page.locator(".slide-count")).toHaveText(/^Why parallel\? · 2 \/ \d+$/);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#\/present\/why-parallel\/amdahl-s-law$/);
  await expect(slide(page).getByRole("heading", { level: 2 })).toContainText("Amdahl's law");
  await expect(slide(page).locator("h1")).toHaveCount(0);

  // A section goes on over several slides: its prose, then its live cell with its question.
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/amdahl-s-law-2$/);
  await expect(slide(page).locator(".slide-head")).toHaveText("Amdahl's law");

  // Keys inside a control belong to the control: an arrow moves the slider, not the slide.
  const cores = slide(page).getByRole("slider", { name: "Cores p" });
  await cores.focus();
  await page.keyboard.press("ArrowRight");
  await expect(cores).toHaveValue("9");
  await expect(page).toHaveURL(/\/amdahl-s-law-2$/);
  await cores.blur();
  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(/\/amdahl-s-law$/);

  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\/three-kinds-of-problem$/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/#\/present\/why-parallel$/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/#\/present\/why-parallel$/);

  // A slide's URL opens that slide, and the browser's Back goes to the previous one.
  await page.goto("/?quick=1#/present/why-parallel/why-not-exactly-p-times-faster");
  await expect(slide(page).getByRole("heading", { level: 2 })).toContainText("Why not exactly");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/the-same-in-python$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/why-not-exactly-p-times-faster$/);

  // Escape leaves presenter mode for the same section of the lesson.
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/#\/lesson\/why-parallel\/why-not-exactly-p-times-faster$/);
  await expect(page.locator(".slide")).toHaveCount(0);
  await page.getByRole("link", { name: "Present this lesson" }).click();
  await expect(page).toHaveURL(/#\/present\/why-parallel$/);
});

test("a cell runs live in presenter mode, its state large, and keeps its chart across slides", async ({
  page,
}) => {
  await page.goto("/?quick=1#/present/why-parallel/your-cores-measured-2");
  const cell = experimentCell(page, "count-primes");
  await expect(cell).toBeVisible();

  // Live and editable: the same cell as in the lesson.
  const trials = cell.getByRole("slider", { name: "Trials per point" });
  const before = Number(await trials.inputValue());
  await trials.focus();
  await page.keyboard.press("ArrowRight");
  await expect(trials).toHaveValue(String(before + 1));
  await expect(page).toHaveURL(/\/your-cores-measured-2$/);

  const badge = cell.locator(".state-badge");
  await expect(badge).toHaveText("Not run yet");
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(cell).toHaveAttribute("data-state", "done", { timeout: 60_000 });
  await expect(badge).toHaveText("Done");
  // Readable from the back of the room: large type, white on a solid colour.
  const look = await badge.evaluate((node) => {
    const style = getComputedStyle(node);
    return { size: Number.parseFloat(style.fontSize), color: style.color };
  });
  expect(look.size).toBeGreaterThanOrEqual(32);
  expect(look.color).toBe("rgb(255, 255, 255)");
  await expect(cell.locator(".plot svg").first()).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect(cell).toBeHidden();
  await page.keyboard.press("ArrowLeft");
  await expect(cell).toBeVisible();
  await expect(cell).toHaveAttribute("data-state", "done");
  await expect(cell.locator(".plot svg").first()).toBeVisible();
});
