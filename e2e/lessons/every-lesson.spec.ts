import { chartMarks, downloadResults, expect, runCell, test } from "../support/fixtures";

test("the contents page links every lesson, and every experiment in every lesson runs", async ({
  page,
}) => {
  // Some thirty experiments at quick sizes, one after another: about a minute on a quiet 2-core
  // machine, several when its cores are busy with other work.
  test.setTimeout(10 * 60_000);
  await page.goto("/?quick=1#/");
  const links = page.locator(".lesson-list a[href^='#/lesson/']");
  const slugs = (await links.evaluateAll((anchors) =>
    anchors.map((a) => a.getAttribute("href")?.replace("#/lesson/", "")),
  )) as string[];
  expect(slugs.length).toBeGreaterThan(0);

  for (const slug of slugs) {
    await test.step(slug, async () => {
      await page.goto(`/?quick=1#/lesson/${slug}`);
      await expect(page.locator("h1")).toBeVisible();
      // The scratch cells (the reader's own code) are tested in e2e/cells/ and e2e/python/.
      const cells = page.locator(
        "[data-experiment]:not([data-experiment='scratch']):not([data-experiment='python-scratch'])",
      );
      const ids = await cells.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute("data-experiment") as string),
      );
      for (const id of ids) {
        const cell = page.locator(`[data-experiment="${id}"]`);
        expect(await runCell(cell), `${slug}/${id} ended in`).toBe("done");
        // The chart is drawn in the frames after the state changes.
        await expect(chartMarks(cell).first(), `${slug}/${id} chart marks`).toBeAttached();
        const results = await downloadResults(cell);
        expect(results).toMatchObject({ experiment: id, lesson: slug });
        expect(results.samples.length).toBeGreaterThan(0);
      }
    });
  }
});

test("a lesson page has previous and next links, and an unknown address says so", async ({
  page,
}) => {
  await page.goto("/#/lesson/why-parallel");
  const pager = page.getByRole("navigation", { name: "Lessons" });
  await pager.getByRole("link", { name: "← Contents" }).click();
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();

  await page.goto("/#/lesson/no-such-lesson");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
