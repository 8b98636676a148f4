import type { Locator } from "@playwright/test";
import { lessons } from "../../lessons/index";
import { expect, test } from "../support/fixtures";
import { PYTHON_RUN_MS, pythonOutput } from "../support/pythonCell";

// Every Python program a lesson prints, run in the page as a reader would: each experiment's
// twin and each standalone program (`[data-python-program]`) that shows Run Python must run to
// its end without a traceback (or, for one that fails on purpose, with its error). Those that
// say they run on the reader's machine are left alone.
// The scratch cells hold the reader's own code and are tested in e2e/python/.

/**
 * Programs whose point is a traceback, with the error the lesson shows them raising: their
 * output must hold it, and they must still end as the lesson says.
 */
const FAILS_ON_PURPOSE: Record<string, RegExp> = {
  // The child, without the __main__ guard, fails as CPython's spawn does; the parent reports it.
  "no_guard.py":
    /RuntimeError:\s+An attempt has been made to start a new process before the\s+current process/,
};

/** The name a reader would give a program: its cell's id, or its file's. */
async function programName(twin: Locator): Promise<string> {
  return twin.evaluate((node) => {
    const program = node.closest("[data-python-program]");
    if (program) return program.getAttribute("data-python-program") as string;
    return node.closest("[data-experiment]")?.getAttribute("data-experiment") ?? "a program";
  });
}

for (const { slug } of lessons) {
  test(`every Python program in the ${slug} lesson that runs here runs to its end`, async ({
    page,
  }) => {
    // A dozen programs at most, each booting CPython and its processes one after another:
    // minutes on a busy 2-core machine. Nothing here times anything.
    test.setTimeout(12 * PYTHON_RUN_MS);
    await page.goto(`/#/lesson/${slug}`);
    await expect(page.locator("h1")).toBeVisible();
    // Every experiment cell has a twin; standalone programs are twins in a [data-python-program].
    const twins = page.locator(
      "[data-experiment]:not([data-experiment='scratch']):not([data-experiment='python-scratch']) .python-twin, [data-python-program] .python-twin",
    );
    await expect(twins.first()).toBeAttached();

    for (const twin of await twins.all()) {
      const name = await programName(twin);
      const run = twin.getByRole("button", { name: "Run Python", exact: true });
      if ((await run.count()) === 0) {
        await expect(twin, `${slug}/${name} says why it cannot run`).toContainText(
          "runs on your machine, not here",
        );
        continue;
      }
      await test.step(name, async () => {
        const output = pythonOutput(twin);
        await run.click();
        await expect(output).not.toHaveAttribute("data-python-state", "idle");
        // Soft: a program that fails or never ends does not hide how the others went.
        await expect
          .soft(output, `${slug}/${name} still running after ${PYTHON_RUN_MS / 1000} s`)
          .not.toHaveAttribute("data-python-state", "running", { timeout: PYTHON_RUN_MS });
        if ((await output.getAttribute("data-python-state")) === "running") {
          await twin.getByRole("button", { name: "Stop Python", exact: true }).click();
          await expect(output).not.toHaveAttribute("data-python-state", "running");
          return;
        }
        const printed = await output.innerText();
        const failure = FAILS_ON_PURPOSE[name];
        if (failure) expect.soft(printed, `${slug}/${name} printed`).toMatch(failure);
        else expect.soft(printed, `${slug}/${name} printed`).not.toContain("Traceback");
        await expect
          .soft(output, `${slug}/${name} ended`)
          .toHaveAttribute("data-python-state", "done");
      });
    }
  });
}
