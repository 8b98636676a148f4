import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 720 } });

const shownSlide = (page: Page) => page.locator(".slide:not([hidden])");

/** A line of the Amdahl slide's notes, and one of the introduction's. */
const AMDAHL_NOTE = "Take three numbers before you show the answer.";
const INTRO_NOTE = "Welcome the room.";

test("the speaker view opens from the deck with the notes and a clock, and the two follow each other", async ({
  page,
  context,
}) => {
  await page.goto("/?quick=1#/present/why-parallel");
  await expect(shownSlide(page).getByRole("heading", { level: 1 })).toHaveText("Why parallel?");

  const opened = context.waitForEvent("page");
  await page.getByRole("button", { name: "Speaker view" }).click();
  const speaker = await opened;
  const speakerErrors: string[] = [];
  speaker.on("pageerror", (error) => speakerErrors.push(error.message));
  await expect(speaker).toHaveURL(/#\/speaker\/why-parallel$/);

  const title = speaker.getByRole("heading", { level: 1 });
  const notes = speaker.getByRole("region", { name: "Notes" });
  await expect(title).toHaveText("Why parallel?");
  await expect(notes).toContainText(INTRO_NOTE);
  await expect(speaker.locator(".speaker-next")).toHaveText("Next: Three kinds of problem");
  await expect(speaker.locator(".wall-clock")).toHaveText(/\d{1,2}:\d{2}/);
  await expect(speaker.locator(".elapsed")).toHaveText(/^\d+:\d{2}$/);

  // The deck moves: the speaker view follows, with that slide's title and notes.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#\/present\/why-parallel\/amdahl-s-law$/);
  await expect(speaker).toHaveURL(/#\/speaker\/why-parallel\/amdahl-s-law$/);
  await expect(title).toHaveText("Amdahl's law");
  await expect(notes).toContainText(AMDAHL_NOTE);
  await expect(notes).not.toContainText(INTRO_NOTE);
  // A section's live cell has a slide of its own, with the section's notes.
  await expect(speaker.locator(".speaker-next")).toHaveText("Next: Amdahl's law (live cell)");

  // The notes are the speaker's: nowhere on the slide.
  await expect(shownSlide(page).getByRole("heading", { level: 2 })).toContainText("Amdahl's law");
  await expect(page.getByText(AMDAHL_NOTE)).toHaveCount(0);

  // The speaker view moves: the deck follows.
  await speaker.getByRole("button", { name: "Next →" }).click();
  await expect(page).toHaveURL(/#\/present\/why-parallel\/amdahl-s-law-2$/);
  await expect(shownSlide(page).getByRole("slider", { name: "Cores p" })).toBeVisible();
  await expect(title).toHaveText("Amdahl's law");
  await expect(notes).toContainText(AMDAHL_NOTE);
  await speaker.getByRole("button", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/#\/present\/why-parallel\/amdahl-s-law$/);
  await expect(title).toHaveText("Amdahl's law");

  // The elapsed time starts again from nought.
  await speaker.getByRole("button", { name: "Reset" }).click();
  await expect(speaker.locator(".elapsed")).toHaveText(/^0:0\d$/);
  expect(speakerErrors).toEqual([]);

  // Nor are the notes on the lesson page.
  await page.goto("/?quick=1#/lesson/why-parallel");
  await expect(page.getByRole("heading", { level: 2, name: /^Amdahl's law/ })).toBeVisible();
  await expect(page.getByText(AMDAHL_NOTE)).toHaveCount(0);
  await expect(page.getByText(INTRO_NOTE)).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing serious in the speaker view, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?quick=1#/speaker/gil/why-the-gil");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why: the GIL");
    await expect(page.getByRole("region", { name: "Notes" })).toContainText("switch interval");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter(
      ({ impact }) => impact === "serious" || impact === "critical",
    );
    expect(serious.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
  });
}
