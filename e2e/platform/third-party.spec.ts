import { lessons } from "../../lessons";
import { expect, experimentCell, runCell, test } from "../support/fixtures";

// Without the policy, so that a third-party request would leave the browser and be seen here
// rather than be refused (e2e/platform/csp.spec.ts checks the policy).
test.use({ bypassCSP: true });

test("the notebook requests nothing from any origin but its own", async ({ page, context }) => {
  const requested: string[] = [];
  // The context sees the page's, its workers' and the service worker's requests.
  context.on("request", (request) => requested.push(request.url()));
  await page.goto("/?quick=1#/");
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
  for (const lesson of lessons) {
    await page.goto(`/?quick=1#/lesson/${lesson.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  }
  await page.goto("/?quick=1#/lesson/vectorization");
  expect(await runCell(experimentCell(page, "vectorize"))).toBe("done");

  const app = new URL(page.url()).origin;
  const network = requested.filter((url) => /^https?:/.test(url));
  expect(network.length).toBeGreaterThan(0);
  expect(network.filter((url) => new URL(url).origin !== app)).toEqual([]);
});
