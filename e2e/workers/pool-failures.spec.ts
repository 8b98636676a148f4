import { expect, test } from "../support/fixtures";
import { openLab } from "../support/lab";

/**
 * What goes wrong in a pool's call, and how it ends: a stop, a throw, a crash, code that does not
 * compile, a value that cannot be sent, a time limit. After each, the pool still works.
 */

test.beforeEach(async ({ page }) => openLab(page));

test("stopping a call mid-run ends it at once and the pool keeps working", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(2);
    const controller = new AbortController();
    const forever = pool.map({ source: "() => { while (true) {} }" }, [1, 2, 3, 4, 5], {
      signal: controller.signal,
      chunkSize: 1,
    });
    setTimeout(() => controller.abort(new DOMException("Stopped", "AbortError")), 100);
    const error = await forever.then(
      () => null,
      (e: Error) => e.name,
    );
    const after = await pool.map("identity", [7, 8, 9]);
    pool.terminate();
    return { error, after };
  });
  expect(outcome.error).toBe("AbortError");
  expect(outcome.after).toEqual([7, 8, 9]);
});

test("a task that throws rejects its call with its index and line; the pool survives", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(2);
    const source =
      "(x) => {\n  if (x === 3) throw new Error('three is right out');\n  return x;\n}";
    const error = await pool.map({ source }, [0, 1, 2, 3, 4, 5]).then(
      () => null,
      (e: InstanceType<typeof window.corelab.TaskError>) => ({
        name: e.name,
        index: e.index,
        line: e.line,
        message: e.message,
      }),
    );
    const after = await pool.map("identity", [1, 2]);
    pool.terminate();
    return { error, after };
  });
  expect(outcome.error).toEqual({
    name: "TaskError",
    index: 3,
    line: 2,
    message: "Task 3 failed: three is right out (line 2)",
  });
  expect(outcome.after).toEqual([1, 2]);
});

test("a task that runs out of memory or recurses without end is explained; the pool survives", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const failure = (source: string) =>
      pool.map({ source }, [1]).then(
        () => "no error",
        (e: Error) => e.message,
      );
    // Just under 32 GiB: a valid length, but more than V8's sandbox lets one buffer have.
    const memory = await failure("(x) => new Float64Array(2 ** 32 - 1).fill(x)");
    const recursion = await failure("function deeper(x) { return deeper(x + 1) + 1; }");
    const after = await pool.map("identity", [1, 2]);
    pool.terminate();
    return { memory, recursion, after };
  });
  expect(outcome.memory).toContain("The task ran out of memory");
  expect(outcome.recursion).toContain("RecursionError");
  expect(outcome.after).toEqual([1, 2]);
});

test("source that does not compile is refused with its line and column", async ({ page }) => {
  const error = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const source = "(x) => {\n  return x +;\n}";
    const error = await pool.map({ source }, [1]).then(
      () => null,
      (e: InstanceType<typeof window.corelab.CompileError>) => [e.name, e.line, e.column],
    );
    pool.terminate();
    return error;
  });
  expect(error).toEqual(["CompileError", 2, 13]);
});

test("a function sent by value fails with the browser's own DataCloneError, explained", async ({
  page,
}) => {
  const messages = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => "resolved",
        (e: Error) => `${e.name}: ${e.message}`,
      );
    const square = (x: number) => x * x;
    // A function where a kernel name or source text belongs, as a reader's plain JS might do.
    // @ts-expect-error TypeScript refuses it already; the pool must refuse it at run time too.
    const asTask = await fail(pool.map(square, [1, 2]));
    const asItem = await fail(pool.map("identity", [1, () => 2]));
    const asResult = await fail(pool.map({ source: "(x) => () => x" }, [1]));
    const after = await pool.map("identity", [5]);
    pool.terminate();
    return { asTask, asItem, asResult, after };
  });
  expect(messages.asTask).toMatch(/^NotCloneableError: A function cannot be sent to a worker/);
  expect(messages.asTask).toContain("could not be cloned");
  expect(messages.asTask).toContain("pickle");
  expect(messages.asItem).toMatch(/^NotCloneableError: The input of task 1 cannot be sent/);
  expect(messages.asResult).toMatch(/^TaskError: Task 0 failed: its result cannot be sent back/);
  expect(messages.after).toEqual([5]);
});

test("a task past its time limit is stopped and its worker replaced", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const error = await pool
      .map({ source: "() => { while (true) {} }" }, [1], { timeoutMs: 100 })
      .then(
        () => null,
        (e: Error) => `${e.name}: ${e.message}`,
      );
    const after = await pool.apply("identity", 3);
    pool.terminate();
    return { error, after };
  });
  expect(outcome.error).toBe("TaskTimeoutError: Task 0 ran longer than 100 ms and was stopped.");
  expect(outcome.after).toBe(3);
});
