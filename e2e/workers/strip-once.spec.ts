import { readFileSync } from "node:fs";
import type { BrowserContext, Request } from "@playwright/test";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { lineOf, openTaskEditor, replaceTaskCode } from "../support/taskEditor";

/**
 * The reader's edited kernel file is stripped of its types once per run, in a short-lived worker
 * of its own, before any clock starts: the pool's workers receive JavaScript and never load the
 * type stripper (Sucrase), so a fresh worker costs the same whether the code was edited or not.
 */

const SQUARE_FILE = readFileSync(
  new URL("../../workers/kernels/square.ts", import.meta.url),
  "utf8",
);

/** An option name found only in Sucrase's own code: a script holding it carries Sucrase. */
const SUCRASE_MARKER = "enableLegacyTypeScriptModuleInterop";

/** Every script the page and its workers request from now on (Playwright sees workers' too). */
function recordScripts(context: BrowserContext): Request[] {
  const scripts: Request[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".js")) scripts.push(request);
  });
  return scripts;
}

async function scriptsHoldingSucrase(scripts: Request[]): Promise<string[]> {
  const holding: string[] = [];
  for (const url of new Set(scripts.map((request) => request.url()))) {
    const response = await fetch(url);
    if ((await response.text()).includes(SUCRASE_MARKER)) holding.push(new URL(url).pathname);
  }
  return holding;
}

test("an edited kernel reaches the pool's workers as JavaScript: they never load Sucrase", async ({
  page,
  context,
}) => {
  const code = SQUARE_FILE.replace("return x * x;", "return x * x + 1;");
  expect(code).not.toBe(SQUARE_FILE);
  await page.goto("/?quick=1#/lesson/pools");
  const cell = experimentCell(page, "reuse-pool");
  await replaceTaskCode(await openTaskEditor(cell), code);

  const scripts = recordScripts(context);
  expect(await runCell(cell)).toBe("done");
  // The run really ran the edit, in fresh pools and in a reused one.
  const results = await downloadResults(cell);
  const last = 2 * results.environment.hardwareConcurrency - 1;
  for (const sample of results.samples) expect(sample.last).toBe(last * last + 1);

  const paths = scripts.map((request) => new URL(request.url()).pathname);
  expect(paths.some((path) => /\/pool-worker-[^/]+\.js$/.test(path))).toBe(true);
  // Sucrase arrived in no script but the stripping worker's, and that one started once.
  const isStripper = (path: string) => /\/strip-worker-[^/]+\.js$/.test(path);
  const holding = await scriptsHoldingSucrase(scripts);
  expect(holding.filter((path) => !isStripper(path))).toEqual([]);
  expect(paths.filter(isStripper)).toHaveLength(1);
  expect(holding).toHaveLength(1);
});

test("a syntax error found while stripping shows at its line and column before anything runs", async ({
  page,
}) => {
  const lines = SQUARE_FILE.split("\n");
  const line = lineOf(SQUARE_FILE, "return x * x;");
  const code = SQUARE_FILE.replace("return x * x;", "return x * ;");
  await page.goto("/?quick=1#/lesson/pools");
  const cell = experimentCell(page, "reuse-pool");
  await replaceTaskCode(await openTaskEditor(cell), code);

  expect(await runCell(cell)).toBe("error");
  const column = (lines[line - 1] ?? "").indexOf("x * x;") + 5;
  await expect(cell.getByRole("alert").filter({ hasText: /^Line \d/ })).toHaveText(
    `Line ${line}, column ${column}: Unexpected token`,
  );
  await expect(cell.locator(".cm-lintRange-error")).toHaveCount(1);
});
