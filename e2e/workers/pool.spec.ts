import type { Page } from "@playwright/test";
import { LAB_PORT } from "../../playwright.config";
import { expect, test } from "../support/fixtures";

/** A task that keeps a core busy for `ms` milliseconds, then returns its input. */
const SPIN =
  "(ms) => { const end = performance.now() + ms; while (performance.now() < end) {} return ms; }";

async function openLab(page: Page) {
  await page.goto(`http://localhost:${LAB_PORT}/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
}

test.beforeEach(async ({ page }) => openLab(page));

test("map returns results in input order, whatever order they finish in", async ({ page }) => {
  const results = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(2);
    const results = await pool.map({ source: spin }, [40, 1, 30, 1, 20, 1], { chunkSize: 1 });
    pool.terminate();
    return results;
  }, SPIN);
  expect(results).toEqual([40, 1, 30, 1, 20, 1]);
});

test("imap yields in input order, each as soon as it and all before it are back", async ({
  page,
}) => {
  const seen = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(2);
    const seen: number[] = [];
    for await (const value of pool.imap({ source: spin }, [60, 1, 1, 1], { chunkSize: 1 })) {
      seen.push(value as number);
    }
    pool.terminate();
    return seen;
  }, SPIN);
  expect(seen).toEqual([60, 1, 1, 1]);
});

test("imapUnordered yields in completion order, each tagged with its index", async ({ page }) => {
  const seen = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(2);
    const seen: { index: number; value: unknown }[] = [];
    for await (const result of pool.imapUnordered({ source: spin }, [150, 1, 1, 1], {
      chunkSize: 1,
    })) {
      seen.push(result);
    }
    pool.terminate();
    return seen;
  }, SPIN);
  // The 150 ms task finishes last, while the other worker clears the short ones.
  expect(seen.at(-1)).toEqual({ index: 0, value: 150 });
  expect(seen.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
});

test("chunks follow Python's default rule unless a chunk size is given", async ({ page }) => {
  const chunks = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(2);
    const sizes = async (chunkSize?: number) => {
      const records: { firstIndex: number; items: number }[] = [];
      const items = Array.from({ length: 10 }, (_, i) => i);
      const options = {
        onChunk: (r: { firstIndex: number; items: number }) => records.push(r),
        ...(chunkSize ? { chunkSize } : {}),
      };
      await pool.map("identity", items, options);
      return records.sort((a, b) => a.firstIndex - b.firstIndex).map((r) => r.items);
    };
    const result = { byDefault: await sizes(), byThree: await sizes(3) };
    pool.terminate();
    return result;
  });
  // ceil(10 / (4 × 2)) = 2
  expect(chunks.byDefault).toEqual([2, 2, 2, 2, 2]);
  expect(chunks.byThree).toEqual([3, 3, 3, 1]);
});

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
    const started = performance.now();
    const after = await pool.map("identity", [7, 8, 9]);
    const afterMs = performance.now() - started;
    pool.terminate();
    return { error, after, afterMs };
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

test("transfer moves a buffer (detached here), copy leaves it, shared memory is shared", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const copied = new Float64Array(1000).buffer;
    const [copyBack] = (await pool.map("identity", [copied], { data: "copy" })) as ArrayBuffer[];
    const moved = new Float64Array(1000).buffer;
    const [moveBack] = (await pool.map("identity", [moved], { data: "transfer" })) as ArrayBuffer[];
    const shared = new Int32Array(new SharedArrayBuffer(16));
    await pool.map({ source: "(view) => { view[0] = 42; return 0; }" }, [shared], {
      data: "shared",
    });
    pool.terminate();
    return {
      copiedHere: copied.byteLength,
      copyBack: copyBack?.byteLength,
      movedHere: moved.byteLength,
      moveBack: moveBack?.byteLength,
      sharedSeen: shared[0],
    };
  });
  expect(outcome).toEqual({
    copiedHere: 8000,
    copyBack: 8000,
    movedHere: 0,
    moveBack: 8000,
    sharedSeen: 42,
  });
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

test("pools of 1 to 4 × cores start, larger or smaller ones are refused", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const { WorkerPool } = window.corelab;
    const refuse = (size: number) =>
      WorkerPool.start(size).then(
        () => "started",
        (e: Error) => e.name,
      );
    const largest = WorkerPool.maxSize();
    const pool = await WorkerPool.start(largest);
    const result = {
      largest,
      cores: navigator.hardwareConcurrency,
      startupMs: pool.startupMs,
      workerStarts: pool.workerStartMs.length,
      zero: await refuse(0),
      tooMany: await refuse(largest + 1),
    };
    pool.terminate();
    return result;
  });
  expect(outcome.largest).toBe(4 * outcome.cores);
  expect(outcome.workerStarts).toBe(outcome.largest);
  expect(outcome.startupMs).toBeGreaterThan(0);
  expect(outcome.zero).toBe("RangeError");
  expect(outcome.tooMany).toBe("RangeError");
});

test("applyAsync reports readiness like Python's AsyncResult", async ({ page }) => {
  const outcome = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(1);
    const result = pool.applyAsync({ source: spin }, 50);
    const before = result.ready();
    const value = await result.get();
    const after = [result.ready(), result.successful()];
    pool.terminate();
    return { before, value, after };
  }, SPIN);
  expect(outcome).toEqual({ before: false, value: 50, after: [true, true] });
});

test("leaving an imap loop early cancels the rest of the call", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(1);
    const source = "(x) => { if (x > 0) { while (true) {} } return x; }";
    let first: unknown;
    for await (const value of pool.imap({ source }, [0, 1, 2], { chunkSize: 1 })) {
      first = value;
      break;
    }
    const after = await pool.map("identity", ["still", "working"]);
    pool.terminate();
    return { first, after };
  });
  expect(outcome).toEqual({ first: 0, after: ["still", "working"] });
});

test("the timeline records every chunk on the page's clock, in order", async ({ page }) => {
  const records = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(2);
    const records: {
      worker: number;
      sentAt: number;
      startedAt: number;
      finishedAt: number;
      receivedAt: number;
      bytesIn: number;
    }[] = [];
    await pool.map({ source: spin }, [20, 20, 20, 20], {
      chunkSize: 1,
      onChunk: (r) => records.push(r),
    });
    pool.terminate();
    return records;
  }, SPIN);
  expect(records).toHaveLength(4);
  expect(new Set(records.map((r) => r.worker))).toEqual(new Set([0, 1]));
  for (const r of records) {
    // The two clocks agree to well under a millisecond.
    expect(r.startedAt).toBeGreaterThan(r.sentAt - 1);
    expect(r.finishedAt - r.startedAt).toBeGreaterThanOrEqual(19);
    expect(r.receivedAt).toBeGreaterThan(r.finishedAt - 1);
    expect(r.bytesIn).toBe(8);
  }
});
