import { describe, expect, it } from "vitest";
import { incrementAtomic, incrementReadThenWrite } from "./counter";

describe("counter kernels", () => {
  it("on one thread, both count every addition: the plain one is wrong only under a race", () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    incrementReadThenWrite({ counter, times: 1000 });
    incrementAtomic({ counter, times: 500 });
    expect(counter[0]).toBe(1500);
  });
});
