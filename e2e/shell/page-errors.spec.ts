import { expect, test } from "../support/fixtures";

// Requests must reach `page.route`, which does not see what a service worker answers.
test.use({ serviceWorkers: "block" });

/** The built chunk of one lesson (Vite names it after the lesson's folder). */
const lessonChunk = (slug: string) => new RegExp(`/assets/${slug}-[\\w-]+\\.js$`);

test.describe("a lesson chunk that does not arrive", () => {
  test.use({
    // The browser reports the aborted request; React reports the error its boundary caught.
    expectedConsole: [/Failed to load resource|Failed to fetch dynamically imported module/],
  });

  test("says so and offers a reload that brings the lesson back", async ({ page }) => {
    await page.goto("/?quick=1#/");
    await page.route(lessonChunk("gil"), (route) => route.abort("failed"));
    await page.getByRole("link", { name: "The GIL: threads versus processes" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "This page could not be loaded" }),
    ).toBeVisible();
    await expect(page).toHaveTitle("Could not load this page · Corelab");
    const reload = page.getByRole("button", { name: "Reload" });
    await expect(reload).toBeVisible();

    // The rest of the notebook keeps working: the header, and another lesson.
    await page.getByRole("button", { name: "Environment" }).click();
    await expect(page.getByRole("region", { name: "Your environment" })).toContainText("cores");
    await page.getByRole("link", { name: "Go to the contents" }).click();
    await page.getByRole("link", { name: "Why parallel?" }).click();
    await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();

    // The network is back: Reload loads the lesson that failed.
    await page.goto("/?quick=1#/lesson/gil");
    await expect(reload).toBeVisible();
    await page.unroute(lessonChunk("gil"));
    await reload.click();
    await expect(page.getByRole("heading", { level: 1, name: /The GIL/ })).toBeVisible();
    await expect(page.locator("[data-experiment]").first()).toBeVisible();
  });
});

test.describe("a cell's own lazy part that does not arrive", () => {
  test.use({
    expectedConsole: [/Failed to load resource|Failed to fetch dynamically imported module/],
  });

  test("is told apart from a bug, through Vite's preload error", async ({ page }) => {
    await page.goto("/?quick=1#/lesson/why-parallel");
    // The code editor is a chunk a cell loads itself, when the reader presses Edit.
    await page.route(/\/assets\/TaskEditor-[\w-]+\.js$/, (route) => route.abort("failed"));
    const cell = page.locator("[data-experiment='count-primes']");
    await cell.getByRole("button", { name: "Edit the code" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "This page could not be loaded" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  });
});

test.describe("a lesson that throws while it renders", () => {
  test.use({ expectedConsole: [/A fault the test put into the lesson/] });

  test("shows the error and a way back, and the other pages keep working", async ({ page }) => {
    // The lesson's chunk exports its MDX document as `default`: this one throws when rendered.
    await page.route(lessonChunk("pools"), (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'export default function Lesson() { throw new Error("A fault the test put into the lesson"); }',
      }),
    );
    await page.goto("/?quick=1#/");
    await page.getByRole("link", { name: /^Pools/ }).click();

    const heading = page.getByRole("heading", {
      level: 1,
      name: "Something went wrong on this page",
    });
    await expect(heading).toBeVisible();
    await expect(page.locator("main")).toContainText("A fault the test put into the lesson");
    // Focus moved to the message, so a screen reader reads it out.
    await expect(heading).toBeFocused();

    await page.getByRole("link", { name: "Go to the contents" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Corelab" })).toBeVisible();
    await page.getByRole("link", { name: "Chunk size" }).click();
    await expect(page.locator("[data-experiment]").first()).toBeVisible();
  });
});
