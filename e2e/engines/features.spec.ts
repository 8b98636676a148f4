import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseResults, type Results } from "../../common/results";
import { expectChart, runCell } from "./cells";
import { buttonPath, cellPath, type EnginePage } from "./enginePage";
import { expect, test } from "./fixtures";

/**
 * What a reader does besides running the lessons' experiments, in each engine: the scratch
 * cell, exporting and importing results, a link to a cell, presenter mode. Chromium's twins are
 * in e2e/cells/ and e2e/shell/.
 */

const LESSON = "why-parallel";
const CELL = "count-primes";

test("the scratch cell runs its example and draws the chart it returns", async ({ tab, site }) => {
  await tab.goto(`${site}/?quick=1#/lesson/${LESSON}`);
  // The code editor loads once the cell nears the viewport, and the cell grows with it. Scrolled
  // to again until then: the lesson scrolls to its top once it has loaded.
  const editor = `${cellPath("scratch")}//*[contains(@class, 'cm-editor')]`;
  await expect
    .poll(async () => {
      await tab.evaluate((path) => {
        const found = document.evaluate(
          path,
          document,
          null,
          XPathResult.FIRST_ORDERED_NODE_TYPE,
          null,
        ).singleNodeValue;
        (found as Element | null)?.scrollIntoView();
      }, cellPath("scratch"));
      return textOf(tab, editor);
    })
    .toMatch(/await pool\(cores\)/);
  expect(await runCell(tab, "scratch")).toMatchObject({ state: "done" });
  await expectChart(tab, "scratch");
  const printed = `${cellPath("scratch")}//*[contains(@class, 'scratch-printed')]`;
  await expect.poll(() => textOf(tab, printed)).toMatch(/Timed \d+ runs on \d+ cores\./);
});

test("results export to a file, and imported results are drawn over the chart", async ({
  tab,
  site,
}) => {
  await tab.goto(`${site}/?quick=1#/lesson/${LESSON}`);
  expect(await runCell(tab, CELL)).toMatchObject({ state: "done" });
  await expectChart(tab, CELL);
  const own = await exportResults(tab);
  expect(own).toMatchObject({ experiment: CELL, lesson: LESSON });
  expect(own.samples.length).toBeGreaterThan(0);

  // The neighbour's file: the same experiment, measured on an 8-core Firefox.
  const neighbour: Results = {
    ...own,
    environment: {
      ...own.environment,
      hardwareConcurrency: 8,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0",
    },
  };
  const file = join(tmpdir(), `corelab-neighbour-${process.pid}.json`);
  await writeFile(file, JSON.stringify(neighbour));
  try {
    await tab.setFiles(`${cellPath(CELL)}//input[@type='file']`, [file]);
    const overlays = `${cellPath(CELL)}//*[contains(@class, 'overlays')]`;
    await expect.poll(() => textOf(tab, overlays)).toContain("8 cores · Firefox 139 · imported");
  } finally {
    await rm(file, { force: true });
  }
});

test("a link to a cell sets its params and does not run it", async ({ tab, site }) => {
  await tab.goto(`${site}/#/lesson/${LESSON}/${CELL}?maxN=500000&trials=4`);
  const values = () =>
    tab.evaluate((path) => {
      const cell = document.evaluate(
        path,
        document,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
        null,
      ).singleNodeValue as HTMLElement | null;
      const field = (label: string) =>
        Array.from(cell?.querySelectorAll("input") ?? []).find(
          (input) => input.labels?.[0]?.textContent === label,
        )?.value;
      return {
        maxN: field("Largest n"),
        trials: field("Trials per point"),
        state: cell?.getAttribute("data-state"),
      };
    }, cellPath(CELL));
  await expect.poll(values).toEqual({ maxN: "500000", trials: "4", state: "idle" });
  // The link is used once: the address is the cell's own again.
  await expect
    .poll(() => tab.evaluate(() => location.hash, null))
    .toBe(`#/lesson/${LESSON}/${CELL}`);
});

test("presenter mode goes slide by slide from the keyboard, and its cells run", async ({
  tab,
  site,
}) => {
  await tab.goto(`${site}/?quick=1#/present/${LESSON}`);
  const slide = () =>
    tab.evaluate(
      () => ({
        hash: location.hash,
        heading: document.querySelector(".slide:not([hidden]) :is(h1, h2)")?.textContent,
      }),
      null,
    );
  await expect.poll(slide).toEqual({ hash: `#/present/${LESSON}`, heading: "Why parallel?" });
  // Keys go where the focus is: into the page, as a presenter's first click puts it.
  await tab.click("//*[contains(@class, 'slide') and not(@hidden)]//h1");
  await tab.press("ArrowRight");
  await expect
    .poll(async () => (await slide()).hash)
    .toBe(`#/present/${LESSON}/three-kinds-of-problem`);
  await tab.press("ArrowLeft");
  await expect.poll(async () => (await slide()).hash).toBe(`#/present/${LESSON}`);

  await tab.goto(`${site}/?quick=1#/present/${LESSON}/your-cores-measured-2`);
  expect(await runCell(tab, CELL)).toMatchObject({ state: "done" });
  const badge = `${cellPath(CELL)}//*[contains(@class, 'state-badge')]`;
  await expect.poll(() => textOf(tab, badge)).toBe("Done");
  await tab.press("Escape");
  await expect
    .poll(async () => (await slide()).hash)
    .toBe(`#/lesson/${LESSON}/your-cores-measured`);
});

test("the environment panel says whether this engine gives shared memory, as it does", async ({
  tab,
  site,
}) => {
  await tab.goto(`${site}/#/`);
  await tab.click("//button[normalize-space()='Environment']");
  const fact = (name: string) =>
    textOf(tab, `//*[contains(@class, 'fact')][dt[normalize-space()='${name}']]/dd/strong`);
  await expect.poll(() => fact("Cross-origin isolation")).toBe("yes");
  // WebKitGTK is isolated and still has no SharedArrayBuffer: the panel must not infer one.
  const shared = await tab.evaluate(() => typeof SharedArrayBuffer === "function", null);
  await expect.poll(() => fact("Shared memory")).toBe(shared ? "yes" : "no");
});

/** The text of the element an XPath finds ("" while there is none). */
function textOf(tab: EnginePage, xpath: string): Promise<string> {
  return tab.evaluate((path) => {
    const found = document.evaluate(
      path,
      document,
      null,
      XPathResult.FIRST_ORDERED_NODE_TYPE,
      null,
    );
    return found.singleNodeValue?.textContent?.trim() ?? "";
  }, xpath);
}

/**
 * Presses the cell's "Download JSON" and returns the results it exports, checked against the
 * schema: the saved file where the engine downloads here (Firefox); where it cannot (WebKit's
 * MiniBrowser under automation), the file the page handed the browser to save.
 */
async function exportResults(tab: EnginePage): Promise<Results> {
  if (tab.downloads === null) {
    await tab.evaluate(() => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        void blob.text().then((text) => sessionStorage.setItem("corelab:exported", text));
        return original.call(URL, blob);
      };
    }, null);
    await tab.click(buttonPath(cellPath(CELL), "Download JSON"));
    const text = await poll(() =>
      tab.evaluate(() => sessionStorage.getItem("corelab:exported"), null),
    );
    return parseResults(JSON.parse(text));
  }
  const folder = tab.downloads;
  await tab.click(buttonPath(cellPath(CELL), "Download JSON"));
  const text = await poll(async () => {
    const name = (await readdir(folder)).find(
      (file) => file.startsWith(`corelab-${CELL}-`) && file.endsWith(".json"),
    );
    // The browser may have made the file and not yet written it.
    const written = name ? await readFile(join(folder, name), "utf8") : "";
    return written.endsWith("}") ? written : null;
  });
  return parseResults(JSON.parse(text));
}

/** Waits until `look` finds something, and returns it. */
async function poll<Value>(look: () => Promise<Value | null>): Promise<Value> {
  let found: Value | null = null;
  await expect.poll(async () => (found = await look())).not.toBeNull();
  return found as Value;
}

test("Python runs in this engine, with a Pool where the page can share memory", async ({
  tab,
  site,
}) => {
  const script = [
    "import multiprocessing as mp",
    "import sys",
    "",
    "def square(x):",
    "    return x * x",
    "",
    'if __name__ == "__main__":',
    '    print("python", sys.version_info[:2])',
    "    try:",
    "        with mp.Pool(1) as pool:",
    '            print("pool", pool.map(square, [3]))',
    "    except RuntimeError as error:",
    '        print("no pool:", error)',
  ].join("\n");
  await tab.goto(`${site}/#/lesson/pools/python-scratch?code=${encodeURIComponent(script)}`);
  const cell = cellPath("python-scratch");
  const state = () =>
    tab.evaluate(
      () =>
        document
          .querySelector("[data-experiment='python-scratch'] [data-python-output]")
          ?.getAttribute("data-python-state"),
      null,
    );
  // Pressed again while the cell still shows idle: in WebKit a press while the code editor
  // takes over from its placeholder can land before the button settles. Booting CPython in
  // WebAssembly takes seconds, more on a busy machine.
  await expect
    .poll(
      async () => {
        const now = await state();
        if (now === "idle") await tab.click(buttonPath(cell, "Run"));
        return now;
      },
      { timeout: 4 * 60_000 },
    )
    .toMatch(/^(done|error)$/);
  const printed = await textOf(tab, `${cell}//*[@data-python-output]`);
  expect(printed).toContain("python (3, 14)");
  const sharesMemory = await tab.evaluate(
    () => globalThis.crossOriginIsolated && typeof SharedArrayBuffer === "function",
    null,
  );
  expect(printed).toMatch(
    sharesMemory ? /pool \[9\]/ : /no pool: cannot [a-z ]+: processes need SharedArrayBuffer/,
  );
  expect(await state()).toBe("done");
});
