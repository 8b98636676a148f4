import { expect, test } from "../support/fixtures";
import { PYTHON_RUN_MS, runPython } from "../support/pythonCell";

// The pools lesson's standalone programs, run in the tab's CPython: each prints what the lesson
// says it prints (the same lines python3 prints on a laptop, bar the default start method).

test.describe.configure({ timeout: 2 * PYTHON_RUN_MS });

test.describe("Pools: the lesson's Python programs", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/#/lesson/pools");
  });

  const program = (page: import("@playwright/test").Page, file: string) =>
    page.locator(`[data-python-program="${file}"]`);

  test("without the __main__ guard, the spawned child runs the file again and fails", async ({
    page,
  }) => {
    const { state, output } = await runPython(program(page, "no_guard.py"), "Run Python");
    expect(output).toContain("running this file as '__main__'");
    expect(output).toContain("running this file as '__mp_main__'");
    expect(output).toContain(
      "An attempt has been made to start a new process before the\n        current process has finished its bootstrapping phase.",
    );
    expect(output).not.toContain("hello from the child");
    expect(output).toContain("the child exited with code 1");
    // The parent itself ends normally: only its child failed.
    expect(state).toBe("done");
  });

  test("with the guard, the child imports the file as __mp_main__ and runs its target", async ({
    page,
  }) => {
    const { state, output } = await runPython(program(page, "main_guard.py"), "Run Python");
    expect(output).toContain("importing this file as '__main__'");
    expect(output).toContain("this Python's default start method: spawn");
    expect(output).toContain("importing this file as '__mp_main__'");
    expect(output).toContain("the child runs work(); in the child this file is '__mp_main__'");
    expect(output).toContain("the child exited with code 0");
    expect(state).toBe("done");
  });

  test("starmap, map_async and tagged imap_unordered results", async ({ page }) => {
    const { state, output } = await runPython(program(page, "pool_api.py"), "Run Python");
    expect(output).toContain("starmap: [1024, 81, 1000]");
    expect(output).toContain("map_async returned; ready yet? False");
    expect(output).toContain(
      "map_async .get(): [44999850000, 44999850000, 44999850000, 44999850000]",
    );
    for (const i of [0, 1, 2, 3]) expect(output).toContain(`task ${i} finished`);
    expect(output).toContain("in input order: [1999999000000, 499500, 1999000, 4498500]");
    expect(state).toBe("done");
  });

  test("Queue and Pipe carry messages", async ({ page }) => {
    const messages = await runPython(program(page, "queue_and_pipe.py"), "Run Python");
    expect(messages.output).toContain("through the Queue: [0, 1, 4, 9, 16]");
    expect(messages.output).toContain("through the Pipe: HELLO THROUGH A PIPE");
    expect(messages.state).toBe("done");
  });

  test("Value and Array share numbers, and the lock keeps every update", async ({ page }) => {
    const shared = await runPython(program(page, "value_and_array.py"), "Run Python");
    expect(shared.output).toContain("Value: 2000");
    expect(shared.output).toContain("Array: [1000, 1000]");
    expect(shared.state).toBe("done");
  });

  test("the reuse-pool twin is plain multiprocessing and runs here with fewer batches", async ({
    page,
  }) => {
    const cell = page.locator('[data-experiment="reuse-pool"]');
    await expect(cell).toContainText("CALLS = 3 (not 16)");
    const { state, output } = await runPython(cell, "Run Python");
    expect(output).toMatch(/a new Pool per batch: 3 batches in \d+ ms/);
    expect(output).toMatch(/one Pool, reused: +3 batches in \d+ ms/);
    expect(output).toMatch(/a new Pool per batch took [\d.]+x as long/);
    expect(state).toBe("done");
  });
});
