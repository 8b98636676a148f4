import { lessons } from "../../lessons";
import { type CellOutcome, cellIds, expectChart, expectInPage, runCell } from "./cells";
import { expect, test } from "./fixtures";

/**
 * Every lesson, every experiment at quick sizes, as a reader of this engine would meet them:
 * each ends done with its chart, or unsupported with a reason the cell states; none ends in
 * error, and the console stays silent (the fixture checks). Chromium's twin is
 * e2e/lessons/every-lesson.spec.ts.
 */

test("the contents page links every lesson", async ({ tab, site }) => {
  await tab.goto(`${site}/?quick=1#/`);
  await expectInPage(
    tab,
    () =>
      Array.from(document.querySelectorAll(".lesson-list a[href^='#/lesson/']"), (a) =>
        a.getAttribute("href"),
      ),
    null,
    lessons.map(({ slug }) => `#/lesson/${slug}`),
  );
});

for (const { slug, title } of lessons) {
  test(`${slug}: every experiment ends done, or unsupported with its reason`, async ({
    tab,
    site,
  }, testInfo) => {
    // Each experiment at quick sizes takes seconds; many more on a busy 2-core machine.
    test.setTimeout(20 * 60_000);
    await tab.goto(`${site}/?quick=1#/lesson/${slug}`);
    await expectInPage(tab, () => document.querySelector("h1")?.textContent, null, title);
    // The scratch cells (the reader's own code): JavaScript in features.spec.ts, Python in e2e/python.
    const ids = (await cellIds(tab)).filter((id) => id !== "scratch" && id !== "python-scratch");
    expect(ids.length).toBeGreaterThan(0);

    const outcomes: CellOutcome[] = [];
    for (const id of ids) {
      const outcome = await runCell(tab, id);
      outcomes.push(outcome);
      if (outcome.state === "done") await expectChart(tab, id);
    }
    const table = outcomes.map(({ id, state, says }) => `${slug}/${id}: ${state} · ${says}`);
    await testInfo.attach(`${tab.browser}: ${slug}`, { body: table.join("\n") });
    console.log(`${tab.browser}\n${table.join("\n")}`);

    for (const { id, state, says } of outcomes) {
      expect(state, `${slug}/${id} (${says})`).toMatch(/^(done|unsupported)$/);
      // A reason a student can read: a sentence, not a code.
      if (state === "unsupported") expect(says, `${slug}/${id}`).toMatch(/\w+ \w+ \w+.*\./);
    }
  });
}
