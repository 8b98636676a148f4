import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import type { Results } from "../../common/results";
import {
  chartMarks,
  downloadResults,
  expect,
  experimentCell,
  importFiles,
  runCell,
  test,
} from "../support/fixtures";

/**
 * Sharing work: results imported from another machine, the chart downloaded, a link to a cell's
 * params. Keeping work in this browser is in keep.spec.ts.
 */

const LESSON = "/?quick=1#/lesson/why-parallel";
const CELL = "count-primes";
/** The experiment's editable task file, as the repository has it. */
const PRIMES_FILE = readFileSync(
  new URL("../../workers/kernels/primes.ts", import.meta.url),
  "utf8",
);

async function download(cell: Locator, name: string) {
  const [file] = await Promise.all([
    cell.page().waitForEvent("download"),
    cell.getByRole("button", { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe("Sharing work", () => {
  test("results from another machine overlay the chart, labelled, and can be removed", async ({
    page,
  }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    expect(await runCell(cell)).toBe("done");
    const own = await downloadResults(cell);
    await expect(chartMarks(cell).first()).toBeVisible();
    const ownMarks = await chartMarks(cell).count();
    // The neighbour's file: the same experiment, measured on an 8-core Firefox.
    const neighbour: Results = {
      ...own,
      environment: {
        ...own.environment,
        hardwareConcurrency: 8,
        userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0",
      },
    };
    await importFiles(cell, [{ name: "neighbour.json", text: JSON.stringify(neighbour) }]);

    const label = "8 cores · Firefox 139 · imported";
    await expect(cell.locator(".overlays")).toContainText(label);
    const figure = cell.locator(".chart .plot").first();
    await expect(figure).toContainText(`1 worker · ${label}`);
    await expect(chartMarks(cell)).toHaveCount(2 * ownMarks);
    // The table holds the imported numbers too.
    await cell.getByText("The numbers behind the chart").first().click();
    await expect(cell.locator("thead th", { hasText: label })).toHaveCount(3);
    // The cell's own results are unchanged.
    expect(await downloadResults(cell)).toEqual(own);
    // The comparison is kept across a reload, like the cell's own results.
    await page.reload();
    await expect(cell.locator(".overlays")).toContainText(label);
    await expect(chartMarks(cell)).toHaveCount(2 * ownMarks);

    await cell.getByRole("button", { name: `Remove ${label}` }).click();
    await expect(cell.locator(".overlays")).toHaveCount(0);
    await expect(figure).not.toContainText(label);
    await expect(chartMarks(cell)).toHaveCount(ownMarks);
  });

  test("results of edited code carry it: the overlay label says so and the code can be read", async ({
    page,
  }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await cell.getByRole("button", { name: "Edit the code" }).click();
    const editor = cell.getByRole("textbox", { name: /^Task code of Counting primes/ });
    await expect(editor).toBeFocused();
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.insertText("// the neighbour's version\n");
    await expect(cell.getByText("edited", { exact: true })).toBeVisible();
    expect(await runCell(cell)).toBe("done");
    const edited = await downloadResults(cell);
    expect(edited.editedSources).toEqual([
      { source: "workers/kernels/primes.ts", code: `// the neighbour's version\n${PRIMES_FILE}` },
    ]);

    // The neighbour's file: that edited run, measured on an 8-core Firefox.
    const neighbour: Results = {
      ...edited,
      environment: {
        ...edited.environment,
        hardwareConcurrency: 8,
        userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0",
      },
    };
    await cell.getByRole("button", { name: "Reset to the original" }).click();
    await importFiles(cell, [{ name: "neighbour.json", text: JSON.stringify(neighbour) }]);
    const label = "8 cores · Firefox 139 · ran edited code · imported";
    const overlays = cell.locator(".overlays");
    await expect(overlays).toContainText(label);
    await expect(cell.locator(".chart .plot").first()).toContainText(label);
    await overlays.getByText("The code it ran").click();
    await expect(overlays.locator(".ran-edited-code pre")).toContainText(
      "// the neighbour's version",
    );
  });

  test("a file that is not this experiment's results is refused and changes nothing", async ({
    page,
  }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await importFiles(cell, [{ name: "package.json", text: '{ "name": "corelab" }' }]);
    await expect(cell.locator(".cell-notices")).toContainText(
      "package.json was not imported: Not a Corelab results file",
    );
    await importFiles(cell, [{ name: "notes.txt.json", text: "hello" }]);
    await expect(cell.locator(".cell-notices")).toContainText(
      "notes.txt.json was not imported: it is not a JSON file",
    );
    expect(await runCell(cell)).toBe("done");
    const other = { ...(await downloadResults(cell)), experiment: "tiny-tasks" };
    await importFiles(cell, [{ name: "other.json", text: JSON.stringify(other) }]);
    await expect(cell.locator(".cell-notices")).toContainText(
      'other.json was not imported: it holds results of "tiny-tasks", not of this experiment.',
    );
    // Issue 15, fault 9: a time taken cannot be negative; such a file was drawn.
    const own = await downloadResults(cell);
    const samples = own.samples.map((sample, index) =>
      index === 0 ? { ...sample, ms: -5 } : sample,
    );
    await importFiles(cell, [{ name: "negative.json", text: JSON.stringify({ ...own, samples }) }]);
    await expect(cell.locator(".cell-notices")).toContainText(
      "negative.json was not imported: Not a Corelab results file: samples.0.ms: a duration cannot be negative (-5 ms)",
    );
    await expect(cell.locator(".overlays")).toHaveCount(0);
    await expect(cell).toHaveAttribute("data-state", "done");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the chart downloads as a valid SVG and a 2× PNG (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(LESSON);
      const cell = experimentCell(page, CELL);
      expect(await runCell(cell)).toBe("done");

      const svg = await download(cell, "Download SVG");
      expect(svg.name).toMatch(/^corelab-count-primes-.*\.svg$/);
      const text = svg.bytes.toString("utf8");
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "image/svg+xml");
        const root = doc.documentElement;
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: root.nodeName,
          width: Number(root.getAttribute("width")),
          background: root.querySelector(":scope > rect")?.getAttribute("fill"),
          legend: [...root.querySelectorAll(":scope > g text")].map((t) => t.textContent),
          title: root.querySelector("title")?.textContent,
          tickFill: root
            .querySelector("svg [aria-label='y-axis tick label'] text")
            ?.getAttribute("style"),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.title).toMatch(/Runtime against n/);
      expect(parsed.legend).toEqual(["main thread", "1 worker", expect.stringMatching(/^pool of/)]);
      // The theme's colours travel with the file: the page's background, and text readable on it.
      const dark = colorScheme === "dark";
      expect(parsed.background).toBe(dark ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
      expect(parsed.tickFill).toContain(dark ? "fill:rgb(230, 237, 243)" : "fill:rgb(28, 33, 40)");

      const png = await download(cell, "Download PNG");
      expect(png.name).toMatch(/\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.bytes.readUInt32BE(16)).toBe(2 * parsed.width);
    });
  }

  test("a link sets the cell's params and does not run it; Copy link makes one", async ({
    page,
    context,
  }) => {
    await page.goto(`/#/lesson/why-parallel/${CELL}?maxN=500000&trials=4`);
    const cell = experimentCell(page, CELL);
    await expect(cell.getByLabel("Largest n")).toHaveValue("500000");
    await expect(cell.getByLabel("Trials per point")).toHaveValue("4");
    await expect(cell).toHaveAttribute("data-state", "idle");
    await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
    await expect(cell).toBeInViewport();
    // The link is used once: after an edit, a reload keeps the reader's value.
    await expect(page).toHaveURL(/#\/lesson\/why-parallel\/count-primes$/);
    await cell.getByLabel("Largest n").fill("400000");
    await page.reload();
    await expect(cell.getByLabel("Largest n")).toHaveValue("400000");

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // A refused value would only pass the mistake on.
    await cell.getByLabel("Largest n").fill("5");
    await expect(cell.getByRole("button", { name: "Copy link" })).toBeDisabled();
    await cell.getByLabel("Largest n").fill("300000");
    await cell.getByRole("button", { name: "Copy link" }).click();
    await expect(cell.locator(".copied")).toContainText("Link copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/#\/lesson\/why-parallel\/count-primes\?maxN=300000&trials=4$/);

    const other = await context.newPage();
    await other.goto(link);
    await expect(experimentCell(other, CELL).getByLabel("Largest n")).toHaveValue("300000");
    await expect(experimentCell(other, CELL)).toHaveAttribute("data-state", "idle");
  });

  test("a link with bad params is refused with the valid range; the defaults stay", async ({
    page,
  }) => {
    await page.goto(`/#/lesson/why-parallel/${CELL}?maxN=-5&trials=NaN&workers=4`);
    const cell = experimentCell(page, CELL);
    const notices = cell.locator(".cell-notices");
    await expect(notices).toContainText("This link's parameters were refused");
    await expect(notices).toContainText(
      "maxN=-5: Largest n must be from 100,000 to 10,000,000 numbers.",
    );
    await expect(notices).toContainText(
      "trials=NaN: Trials per point must be a number from 1 to 15",
    );
    await expect(notices).toContainText("workers=4: this cell has no such parameter");
    await expect(cell.getByLabel("Largest n")).toHaveValue("2000000");
    await expect(cell.getByLabel("Trials per point")).toHaveValue("5");
    await expect(cell).toHaveAttribute("data-state", "idle");

    await page.goto(`/#/lesson/why-parallel/${CELL}?maxN=1e308`);
    await expect(notices).toContainText("maxN=1e308: Largest n must be from 100,000");
  });
});
