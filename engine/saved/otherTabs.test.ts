import { describe, expect, it } from "vitest";
import { isSavedMessage } from "./otherTabs";

describe("messages from other tabs", () => {
  it("accepts a save of a key, and nothing else", () => {
    expect(isSavedMessage({ type: "saved", key: "params:why-parallel/count-primes" })).toBe(true);
    for (const forged of [
      null,
      "saved",
      { type: "saved" },
      { type: "saved", key: 5 },
      { type: "saved", key: "" },
      { type: "saved", key: "k".repeat(301) },
      { type: "deleted", key: "params:a/b" },
    ]) {
      expect(isSavedMessage(forged), JSON.stringify(forged)?.slice(0, 40)).toBe(false);
    }
  });
});
