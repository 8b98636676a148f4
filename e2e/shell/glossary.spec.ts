import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { lessons } from "../../lessons";
import { cheatSheet } from "../../lessons/cheatSheet";
import { glossary } from "../../lessons/glossary";
import { expect, test } from "../support/fixtures";

const plain = (text: string) => text.replaceAll("`", "");

/** The pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length;

test("the glossary lists every term at its own anchor, with links to where it is taught", async ({
  page,
}) => {
  await page.goto("/?quick=1#/glossary");
  await expect(page).toHaveTitle("Glossary · Corelab");
  for (const entry of glossary) {
    const article = page.locator(`article#${entry.id}`);
    await expect(article.getByRole("heading", { level: 2 })).toHaveText(plain(entry.term));
    await expect(article).toContainText(plain(entry.definition));
    await expect(article.getByRole("link")).toHaveCount(entry.taught.length);
  }
  // An entry's first "Taught in" link opens the lesson at that section.
  const gil = glossary.find((entry) => entry.id === "gil");
  await page.locator("article#gil").getByRole("link").first().click();
  await expect(page).toHaveURL(/#\/lesson\/gil\/why-the-gil$/);
  await expect(page.locator("#why-the-gil")).toBeInViewport();
  expect(gil?.taught[0]?.section).toBe("Why: the GIL");
});

test("a term's first use in a lesson links to its glossary entry, its definition as the description", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/gil");
  const link = page.locator("main").getByRole("link", { name: "global interpreter lock" });
  await expect(link).toHaveCount(1);
  const definition = plain(glossary.find((entry) => entry.id === "gil")?.definition ?? "");
  await expect(link).toHaveAttribute("title", definition);
  await expect(link).toHaveAccessibleDescription(definition);
  await link.click();
  await expect(page).toHaveURL(/#\/glossary\/gil$/);
  const entry = page.locator("article#gil");
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveAttribute("data-current", "true");
});

test("every lesson opens with its learning objectives, before its first section", async ({
  page,
}) => {
  for (const lesson of lessons) {
    await page.goto(`/?quick=1#/lesson/${lesson.slug}`);
    const objectives = page.locator("[data-objectives]");
    await expect(objectives).toHaveCount(1);
    await expect(objectives).toContainText("By the end of this lesson you can");
    const items = await objectives.getByRole("listitem").count();
    expect(items, lesson.slug).toBeGreaterThanOrEqual(3);
    expect(items, lesson.slug).toBeLessThanOrEqual(4);
    const beforeFirstSection = await objectives.evaluate((element) => {
      const heading = element.ownerDocument.querySelector("main h2");
      return heading !== null && (element.compareDocumentPosition(heading) & 4) !== 0;
    });
    expect(beforeFirstSection, lesson.slug).toBe(true);
    // Linked from the lesson's tools at its top and from its end.
    const glossaryLink = (name: string) =>
      page.locator("main").getByRole("link", { name, exact: true });
    await expect(glossaryLink("Glossary")).toHaveCount(1);
    await expect(glossaryLink("glossary")).toHaveCount(1);
  }
});

test("the contents page links to the glossary and the cheat-sheet", async ({ page }) => {
  await page.goto("/?quick=1#/");
  await page.getByRole("link", { name: "Glossary" }).click();
  await expect(page).toHaveURL(/#\/glossary$/);
  await page.getByRole("link", { name: "cheat-sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which tool when");
});

async function printedCheatSheet(page: Page, theme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto("/?quick=1#/cheat-sheet");
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  await expect(page.locator("main tbody tr")).toHaveCount(cheatSheet.length);
  return page;
}

for (const theme of ["light", "dark"] as const) {
  test(`the cheat-sheet prints on one A4 and one Letter page, dark on white (${theme})`, async ({
    page,
  }) => {
    await printedCheatSheet(page, theme);
    await expect(page).toHaveTitle("Cheat-sheet · Corelab");
    for (const row of cheatSheet) {
      await expect(page.getByRole("rowheader", { name: row.situation })).toBeVisible();
    }
    expect(pageCount(await page.pdf({ format: "A4" }))).toBe(1);
    expect(pageCount(await page.pdf({ format: "Letter" }))).toBe(1);

    await page.emulateMedia({ media: "print", colorScheme: theme });
    await expect(page.locator(".site-header")).toBeHidden();
    // The handout's colours (app/print.css): the light theme's near-black text on white paper.
    const text = await page.locator("main").evaluate((main) => getComputedStyle(main).color);
    const channels = text.match(/\d+/g)?.map(Number) ?? [];
    expect(
      channels.slice(0, 3).every((channel) => channel < 64),
      text,
    ).toBe(true);
    const paper = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(paper).toBe("rgb(255, 255, 255)");
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing serious on the glossary and the cheat-sheet (${theme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    for (const route of ["glossary/gil", "cheat-sheet"]) {
      await page.goto(`/?quick=1#/${route}`);
      await expect(page.locator("main h1")).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter(({ impact }) => impact === "serious" || impact === "critical")
        .map(({ id, nodes }) => `${route}: ${id} at ${nodes[0]?.target.join(" ")}`);
      expect(serious).toEqual([]);
    }
  });
}
