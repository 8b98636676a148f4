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

  it("says how big a message may be, and refuses a bigger one with that size", () => {
    const pipe = SharedPipe.create(16);
    expect(pipe.maxMessageBytes).toBe(12);
    expect(() => pipe.tryWrite(new Uint8Array(13))).toThrow(
      /13 bytes is larger than this pipe \(12/,
    );
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
