import { expect, test } from "../support/fixtures";
import { openLab } from "../support/lab";

/**
 * The pool's calls (Python's `multiprocessing.Pool`): the order results come back in, how items
 * are chunked and carried, the pool's size, and what it records. Failures and stops are in
 * pool-failures.spec.ts.
 */

/** A task that keeps a core busy for `ms` milliseconds, then returns its input. */
const SPIN =
  "(ms) => { const end = performance.now() + ms; while (performance.now() < end) {} return ms; }";

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
  const seen = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(2);
    // Task 0 finishes only once the page holds the three others, which the second worker runs
    // meanwhile: the order is certain, not a race of timings.
    const handedOver = new Int32Array(new SharedArrayBuffer(4));
    const source = `({ handedOver, waitFor }) => {
      for (let n = Atomics.load(handedOver, 0); n < waitFor; n = Atomics.load(handedOver, 0)) {
        Atomics.wait(handedOver, 0, n);
      }
      return waitFor;
    }`;
    const items = [3, 0, 0, 0].map((waitFor) => ({ handedOver, waitFor }));
    const seen: { index: number; value: unknown }[] = [];
    for await (const result of pool.imapUnordered({ source }, items, {
      chunkSize: 1,
      data: "shared",
    })) {
      seen.push(result);
      Atomics.add(handedOver, 0, 1);
      Atomics.notify(handedOver, 0);
    }
    pool.terminate();
    return seen;
  });
  expect(seen.at(-1)).toEqual({ index: 0, value: 3 });
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

test("the pool says how it dispatches, and both ways give the same results", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const { WorkerPool } = window.corelab;
    const items = [1, 2.5, -3, { n: 4 }, "five", 6, 7, 8];
    const source = "(x) => (typeof x === 'number' ? x * 2 : x)";
    const run = async (pool: Awaited<ReturnType<typeof WorkerPool.start>>) => {
      const results = await pool.map({ source }, items, { chunkSize: 3 });
      const one = await pool.apply("identity", 41);
      pool.terminate();
      return { dispatch: pool.dispatch, results, one };
    };
    return {
      chosen: await run(await WorkerPool.start(2)),
      messages: await run(await WorkerPool.start(2, { dispatch: "messages" })),
    };
  });
  // Unless the run hides Atomics.waitAsync (CORELAB_POOL_DISPATCH=messages), the lab page is
  // cross-origin isolated and a pool shares memory.
  const expected = process.env.CORELAB_POOL_DISPATCH === "messages" ? "messages" : "shared";
  expect(outcome.chosen.dispatch).toBe(expected);
  expect(outcome.messages.dispatch).toBe("messages");
  const doubled = [2, 5, -6, { n: 4 }, "five", 12, 14, 16];
  expect(outcome.chosen.results).toEqual(doubled);
  expect(outcome.messages.results).toEqual(doubled);
  expect(outcome.chosen.one).toBe(41);
  expect(outcome.messages.one).toBe(41);
});

test("a task's source text goes to each worker once, later chunks name it", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const source = "(x) => x + 1";
    const sentWithSource: number[] = [];
    const post = Worker.prototype.postMessage;
    // Count the messages that carry the text, whatever their shape.
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer: never) {
      if (JSON.stringify(message).includes(source)) sentWithSource.push(1);
      return post.call(this, message, transfer);
    } as typeof post;
    try {
      const pool = await window.corelab.WorkerPool.start(2);
      const items = Array.from({ length: 20 }, (_, i) => i);
      const results = await pool.map({ source }, items, { chunkSize: 1 });
      const again = await pool.map({ source }, items, { chunkSize: 1 });
      pool.terminate();
      return { results, again, sends: sentWithSource.length };
    } finally {
      Worker.prototype.postMessage = post;
    }
  });
  expect(outcome.results).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  expect(outcome.again).toEqual(outcome.results);
  // 40 chunks over two workers: at most one copy of the text for each.
  expect(outcome.sends).toBeGreaterThan(0);
  expect(outcome.sends).toBeLessThanOrEqual(2);
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
