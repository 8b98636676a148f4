import type { Page } from "@playwright/test";
import { lessons } from "../../lessons";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { plainStaticHost } from "../support/staticServer";

const staticHost = plainStaticHost();

/**
 * Injects an inline script and tries `eval` on the page's thread; returns what the policy
 * reported and whether either ran.
 */
async function tryInlineCode(page: Page) {
  return page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.inlineRan = 'yes'";
    document.head.append(script);
    // A string handed to setTimeout is evaluated later as page code (an `eval` called straight
    // from here would run inside Playwright's evaluation, which the browser exempts).
    setTimeout("document.body.dataset.evalRan = 'yes'");
    // Violation events are dispatched as tasks, after this one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { inlineRan, evalRan } = document.body.dataset;
    return { violations, inlineRan: inlineRan === "yes", evaluated: evalRan === "yes" };
  });
}

/** Chromium reports each refusal on the console; those are the only messages allowed here. */
function expectOnlyRefusals(consoleProblems: string[]): void {
  expect(consoleProblems.length).toBeGreaterThan(0);
  for (const problem of consoleProblems) {
    expect(problem).toMatch(
      /^error: (Executing inline script|Evaluating a string as JavaScript) violates the following Content Security Policy/,
    );
  }
  consoleProblems.length = 0;
}

test("vite preview sends the policy: no inline script, no eval on the page", async ({
  page,
  consoleProblems,
}) => {
  const response = await page.goto("/#/lesson/pools");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).toContain("connect-src 'self'");

  const outcome = await tryInlineCode(page);
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.evaluated).toBe(false);
  expect(outcome.violations).toContain("script-src-elem inline");
  expect(outcome.violations).toContain("script-src eval");
  expectOnlyRefusals(consoleProblems);

  // Workers compile the reader's task code (this experiment sends source text), so the policy
  // a worker's script is served with alone allows eval.
  const workerScripts: string[] = [];
  page.on("worker", (worker) => workerScripts.push(worker.url()));
  expect(await runCell(experimentCell(page, "reuse-pool"))).toBe("done");
  const workerScript = workerScripts[0] ?? "";
  expect(workerScript).toMatch(/pool-worker/);
  const served = await page.request.get(workerScript, { headers: { "Sec-Fetch-Dest": "worker" } });
  expect(served.headers()["content-security-policy"]).toContain(
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval';",
  );
});

test("on a header-less static host the policy still holds (meta, then the service worker)", async ({
  page,
  consoleProblems,
}) => {
  const response = await page.goto(`${staticHost()}/#/`);
  expect(response?.headers()["content-security-policy"]).toBeUndefined();
  await page.waitForFunction(() => globalThis.crossOriginIsolated === true, null, {
    timeout: 30_000,
  });
  const outcome = await tryInlineCode(page);
  expect(outcome).toMatchObject({ inlineRan: false, evaluated: false });
  expect(outcome.violations).toContain("script-src-elem inline");
  expectOnlyRefusals(consoleProblems);
});

test("under the policy every lesson loads and its first experiment runs, with no console error", async ({
  page,
}) => {
  for (const lesson of lessons) {
    await test.step(lesson.slug, async () => {
      await page.goto(`/?quick=1#/lesson/${lesson.slug}`);
      const cell = page.locator("[data-experiment]").first();
      expect(await runCell(cell), `${lesson.slug}: first experiment`).toBe("done");
    });
  }
});
