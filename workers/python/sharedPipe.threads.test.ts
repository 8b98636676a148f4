import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { transform } from "sucrase";
import { describe, expect, it } from "vitest";
import { SharedPipe } from "./sharedPipe";

/**
 * Readers asleep in other threads, as pool workers are: which of them a write wakes. Each reader
 * is a Node worker thread running this very `SharedPipe` (its TypeScript stripped by Sucrase).
 */
const pipeModule = transform(readFileSync(new URL("./sharedPipe.ts", import.meta.url), "utf8"), {
  transforms: ["typescript"],
}).code;

/** What a reader thread saw: a message or none, and how long its one `readWithin` took. */
interface Reading {
  message: number[] | null;
  ms: number;
}

const WAIT_MS = 3_000;
/** The header's count of readers watching the ring (`SharedPipe.WATCHING`). */
const WATCHING_SLOT = 4;

function sleepingReader(buffer: SharedArrayBuffer): Promise<Reading> {
  const code = `${pipeModule}
import { parentPort, workerData } from "node:worker_threads";
const pipe = new SharedPipe(workerData.buffer);
parentPort.postMessage("asleep");
const started = performance.now();
const message = pipe.readWithin(workerData.waitMs);
parentPort.postMessage({ message: message && [...message], ms: performance.now() - started });`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {
    workerData: { buffer, waitMs: WAIT_MS },
  });
  return new Promise((resolve, reject) => {
    worker.on("message", (data: "asleep" | Reading) => {
      if (data === "asleep") return;
      resolve(data);
      void worker.terminate();
    });
    worker.on("error", reject);
  });
}

/** Long enough for both readers to reach `Atomics.wait` (they watch the ring for 0.2 ms first). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("SharedPipe's wake-ups", () => {
  it("one message wakes one sleeping reader; the other sleeps on until its wait is over", async () => {
    const writer = SharedPipe.create(64);
    const readings = [sleepingReader(writer.buffer), sleepingReader(writer.buffer)];
    await settle();
    writer.tryWrite(new Uint8Array([42]));
    const [woken, asleep] = (await Promise.all(readings)).sort(
      (a, b) => Number(b.message !== null) - Number(a.message !== null),
    );
    expect(woken?.message).toEqual([42]);
    // Woken by the write: far sooner than its wait (which would also have found the message).
    expect(woken?.ms).toBeLessThan(WAIT_MS / 2);
    expect(asleep?.message).toBeNull();
    expect(asleep?.ms).toBeGreaterThanOrEqual(WAIT_MS - 1);
  });

  it("two messages written at once wake both readers", async () => {
    const writer = SharedPipe.create(64);
    const readings = [sleepingReader(writer.buffer), sleepingReader(writer.buffer)];
    await settle();
    writer.tryWrite(new Uint8Array([1]));
    writer.tryWrite(new Uint8Array([2]));
    const done = await Promise.all(readings);
    expect(done.map((reading) => reading.message?.[0]).sort()).toEqual([1, 2]);
    for (const reading of done) expect(reading.ms).toBeLessThan(WAIT_MS / 2);
  });

  it("a reader that takes a message with another behind it wakes a sleeping one for it", async () => {
    const writer = SharedPipe.create(64);
    const readings = [sleepingReader(writer.buffer), sleepingReader(writer.buffer)];
    await settle();
    // This thread plays a reader watching the ring: the writes wake nobody, since it will see them.
    const watching = new Int32Array(writer.buffer, 4 * WATCHING_SLOT, 1);
    Atomics.store(watching, 0, 1);
    writer.tryWrite(new Uint8Array([1]));
    writer.tryWrite(new Uint8Array([2]));
    Atomics.store(watching, 0, 0);
    expect(new SharedPipe(writer.buffer).tryRead()).toEqual(new Uint8Array([1]));
    const [woken, asleep] = (await Promise.all(readings)).sort(
      (a, b) => Number(b.message !== null) - Number(a.message !== null),
    );
    expect(woken?.message).toEqual([2]);
    expect(woken?.ms).toBeLessThan(WAIT_MS / 2);
    expect(asleep?.message).toBeNull();
  });
});
