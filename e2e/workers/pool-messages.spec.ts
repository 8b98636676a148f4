import { expect, test } from "../support/fixtures";
import { openLab } from "../support/lab";

/**
 * The message path's two economies (workers/pool/host/dispatcher.ts): chunks queued ahead in a
 * worker for quick calls only, and a one-primitive chunk sent, and answered, as the bare value
 * (`RunOne`, `OneDone` in common/wire.ts). Every test here uses a `messages` pool, whatever the
 * page allows.
 */

test.beforeEach(async ({ page }) => openLab(page));

/** A task that keeps a core busy for `ms` milliseconds, then returns its input. */
const SPIN =
  "(ms) => { const end = performance.now() + ms; while (performance.now() < end) {} return ms; }";

interface Held {
  worker: number;
  sentAt: number;
  receivedAt: number;
}

/** Per worker, how many chunks were handed over before the worker's previous chunk came back. */
function queuedAhead(records: Held[]): number {
  let ahead = 0;
  for (const worker of new Set(records.map((r) => r.worker))) {
    const mine = records.filter((r) => r.worker === worker).sort((a, b) => a.sentAt - b.sentAt);
    for (let at = 1; at < mine.length; at++) {
      if ((mine[at] as Held).sentAt < (mine[at - 1] as Held).receivedAt) ahead += 1;
    }
  }
  return ahead;
}

test("quick chunks are queued ahead in each worker; slow ones go only to idle workers", async ({
  page,
}) => {
  const outcome = await page.evaluate(async (spin) => {
    const pool = await window.corelab.WorkerPool.start(2, { dispatch: "messages" });
    const quick: Held[] = [];
    const items = Array.from({ length: 400 }, (_, i) => i);
    const identity = await pool.map("identity", items, {
      chunkSize: 1,
      onChunk: (r) => quick.push(r),
    });
    const slow: Held[] = [];
    await pool.map({ source: spin }, [3, 3, 3, 3, 3, 3, 3, 3], {
      chunkSize: 1,
      onChunk: (r) => slow.push(r),
    });
    pool.terminate();
    return { quick, slow, identityRight: identity.every((value, index) => value === index) };
  }, SPIN);
  expect(outcome.identityRight).toBe(true);
  expect(queuedAhead(outcome.quick)).toBeGreaterThan(0);
  expect(outcome.slow).toHaveLength(8);
  expect(queuedAhead(outcome.slow)).toBe(0);
});

test("a lone number travels bare after the first chunk, and its answer too", async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const sent: unknown[] = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer: never) {
      sent.push(message);
      return post.call(this, message, transfer);
    } as typeof post;
    try {
      const pool = await window.corelab.WorkerPool.start(1, { dispatch: "messages" });
      const answers = [];
      for (const item of [5, "six", null, 7n, true])
        answers.push(await pool.apply("identity", item));
      pool.terminate();
      const bare = sent.filter((message) => typeof message !== "object" || message === null);
      return { answers: answers.map(String), bare: bare.map(String) };
    } finally {
      Worker.prototype.postMessage = post;
    }
  });
  expect(outcome.answers).toEqual(["5", "six", "null", "7", "true"]);
  // The first chunk of a task carries its header; the four after it go as bare values.
  expect(outcome.bare).toEqual(["six", "null", "7", "true"]);
});

test("bare chunks that throw, return objects or finish out of order still answer the right task", async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const pool = await window.corelab.WorkerPool.start(2, { dispatch: "messages" });
    // Quick chunks first, so that chunks queue up behind a slow promise that the worker leaves
    // pending while it answers the ones behind it.
    const late = `(x) => x === 50 ? new Promise((resolve) => setTimeout(() => resolve(-x), 30))
      : x % 7 === 3 ? { x } : x`;
    const items = Array.from({ length: 120 }, (_, i) => i);
    const mixed = await pool.map({ source: late }, items, { chunkSize: 1 });
    const thrower = "(x) => { if (x === 77) throw new Error('no 77'); return x; }";
    const failure = await pool.map({ source: thrower }, items, { chunkSize: 1 }).then(
      () => "resolved",
      (error: Error) => error.message,
    );
    const after = await pool.apply("identity", 3);
    pool.terminate();
    return { mixed, failure, after };
  });
  expect(outcome.mixed).toEqual(
    Array.from({ length: 120 }, (_, x) => (x === 50 ? -50 : x % 7 === 3 ? { x } : x)),
  );
  expect(outcome.failure).toMatch(/^Task 77 failed: no 77/);
  expect(outcome.after).toBe(3);
});
