import { describe, expect, it } from "vitest";
import { AsyncQueue, InOrder } from "./streams";

describe("InOrder", () => {
  it("holds results back until every earlier one has arrived", () => {
    const emitted: string[] = [];
    const order = new InOrder<string>((value, index) => emitted.push(`${index}:${value}`));
    order.add(2, ["c"]);
    expect(emitted).toEqual([]);
    order.add(0, ["a"]);
    expect(emitted).toEqual(["0:a"]);
    order.add(1, ["b"]);
    expect(emitted).toEqual(["0:a", "1:b", "2:c"]);
    order.add(3, ["d", "e"]);
    expect(emitted).toEqual(["0:a", "1:b", "2:c", "3:d", "4:e"]);
  });
});

describe("AsyncQueue", () => {
  it("delivers pushed items to a for-await reader, undefined included, then ends", async () => {
    const queue = new AsyncQueue<number | undefined>();
    queue.push(1);
    queue.push(undefined);
    setTimeout(() => {
      queue.push(3);
      queue.end();
    }, 5);
    const seen: (number | undefined)[] = [];
    for await (const item of queue) seen.push(item);
    expect(seen).toEqual([1, undefined, 3]);
  });

  it("rejects a waiting reader when it fails", async () => {
    const queue = new AsyncQueue<number>();
    const next = queue.next();
    queue.fail(new Error("boom"));
    await expect(next).rejects.toThrow("boom");
  });

  it("tells its owner when the reader stops early", async () => {
    let stopped = 0;
    const queue = new AsyncQueue<number>(() => stopped++);
    queue.push(1);
    queue.push(2);
    for await (const _ of queue) break;
    expect(stopped).toBe(1);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
