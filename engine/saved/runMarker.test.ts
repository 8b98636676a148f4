import { describe, expect, it } from "vitest";
import { parseRunMarker, unfinishedRunNotice } from "./runMarker";

describe("run markers", () => {
  it("reads a marker, and the bare start time older versions saved", () => {
    const startedAt = "2026-11-22T10:00:00.000Z";
    expect(parseRunMarker({ startedAt })).toEqual({ startedAt: new Date(startedAt), left: false });
    expect(parseRunMarker({ startedAt, left: true })).toMatchObject({ left: true });
    expect(parseRunMarker(startedAt)).toMatchObject({ left: false });
  });

  it("drops anything else instead of saying 'started at Invalid Date'", () => {
    for (const data of [
      "garbage",
      "",
      42,
      null,
      {},
      { startedAt: 5 },
      { startedAt: "2026-13-45T99:99:99Z" },
      { startedAt: "Tuesday" },
    ]) {
      expect(parseRunMarker(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("says a run the reader left was stopped, and never calls it a crash", () => {
    const startedAt = new Date("2026-11-22T10:00:00.000Z");
    const left = unfinishedRunNotice({ startedAt, left: true });
    expect(left).toMatch(/was stopped when you left the lesson/);
    expect(left).not.toMatch(/crash|Invalid Date/);
    expect(unfinishedRunNotice({ startedAt, left: false })).toMatch(/reloaded, closed or crashed/);
  });
});
