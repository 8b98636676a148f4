import { describe, expect, it } from "vitest";
import { SharedPipe } from "./sharedPipe";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("SharedPipe", () => {
  it("carries whole messages in order", () => {
    const pipe = SharedPipe.create(64);
    expect(pipe.tryWrite(bytes(1, 2, 3))).toBe(true);
    expect(pipe.tryWrite(bytes())).toBe(true);
    expect(pipe.tryWrite(bytes(4))).toBe(true);
    expect(pipe.tryRead()).toEqual(bytes(1, 2, 3));
    expect(pipe.tryRead()).toEqual(bytes());
    expect(pipe.tryRead()).toEqual(bytes(4));
    expect(pipe.tryRead()).toBeNull();
  });

  it("reads within a wait: at once when a message is there, null once the wait is over", () => {
    const pipe = SharedPipe.create(64);
    pipe.tryWrite(bytes(7));
    expect(pipe.readWithin(1_000)).toEqual(bytes(7));
    const started = performance.now();
    expect(pipe.readWithin(20)).toBeNull();
    expect(performance.now() - started).toBeGreaterThanOrEqual(19);
    expect(pipe.readWithin(0)).toBeNull();
  });

  it("refuses a message that does not fit now, and takes it once a reader made room", () => {
    const pipe = SharedPipe.create(32);
    expect(pipe.tryWrite(new Uint8Array(20))).toBe(true);
    expect(pipe.tryWrite(new Uint8Array(8))).toBe(false);
    pipe.tryRead();
    expect(pipe.tryWrite(new Uint8Array(8))).toBe(true);
  });

  it("wraps around the end of the ring without corrupting a message", () => {
    const pipe = SharedPipe.create(32);
    for (let round = 0; round < 50; round++) {
      const message = Uint8Array.from({ length: 5 + (round % 13) }, (_, i) => (round + i) & 255);
      expect(pipe.tryWrite(message)).toBe(true);
      expect(pipe.tryRead()).toEqual(message);
    }
  });

  it("streams a message longer than the ring, in parts, as its reader makes room", () => {
    const writer = SharedPipe.create(16);
    const reader = new SharedPipe(writer.buffer);
    const long = Uint8Array.from({ length: 100 }, (_, i) => i);
    let written = false;
    let read: Uint8Array | null = null;
    for (let calls = 0; !read; calls++) {
      expect(calls).toBeLessThan(50);
      if (!written) written = writer.tryWrite(long);
      read = reader.tryRead();
    }
    expect(written).toBe(true);
    expect(read).toEqual(long);
    // The ring is whole again for ordinary messages.
    expect(writer.tryWrite(bytes(1, 2))).toBe(true);
    expect(reader.tryRead()).toEqual(bytes(1, 2));
  });

  it("keeps other writers and readers out of a message while it streams", () => {
    const writer = SharedPipe.create(16);
    const otherWriter = new SharedPipe(writer.buffer);
    const reader = new SharedPipe(writer.buffer);
    const otherReader = new SharedPipe(writer.buffer);
    const long = new Uint8Array(40).fill(7);
    expect(writer.tryWrite(long)).toBe(false); // its first 16 bytes are in
    expect(otherWriter.tryWrite(bytes(1))).toBe(false);
    expect(reader.tryRead()).toBeNull(); // took what there was
    expect(otherReader.tryRead()).toBeNull();
    expect(() => writer.tryWrite(bytes(1))).toThrow(/offered again/);
    while (!writer.tryWrite(long)) expect(reader.tryRead()).toBeNull();
    expect(reader.tryRead()).toEqual(long);
    expect(otherWriter.tryWrite(bytes(1))).toBe(true);
    expect(otherReader.tryRead()).toEqual(bytes(1));
    expect(() => SharedPipe.create(100)).toThrow(/power of two/);
  });

  it("works across views of the same shared memory, as two workers see it", () => {
    const writer = SharedPipe.create(64);
    const reader = new SharedPipe(writer.buffer);
    writer.tryWrite(bytes(9, 8, 7));
    expect(reader.readable).toBe(true);
    expect(reader.tryRead()).toEqual(bytes(9, 8, 7));
    expect(writer.readable).toBe(false);
  });
});
