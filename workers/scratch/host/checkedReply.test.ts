import { describe, expect, it } from "vitest";
import { TABLE_ROWS, VALUE_CHARS } from "../../../common/scratch/display";
import { MAX_LINES } from "../../../common/scratch/printed";
import type { OutputLine } from "../../../common/wire";
import { checkedDisplay, checkedFailure, PrintedOnPage, RefusedReplyError } from "./checkedReply";

describe("PrintedOnPage", () => {
  it("keeps MAX_LINES lines of a run however many arrive, counts the rest, shows them once", () => {
    const shown: { lines: OutputLine[]; dropped: number }[] = [];
    const printed = new PrintedOnPage((lines, dropped) => shown.push({ lines, dropped }));
    const batch = Array.from({ length: 600 }, (_, i) => ({ level: "log", text: `line ${i}` }));
    for (let i = 0; i < 5; i++) printed.receive(batch, 10);
    printed.flush();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.lines).toHaveLength(MAX_LINES);
    expect(shown[0]?.dropped).toBe(5 * 600 - MAX_LINES + 5 * 10);
  });

  it("cuts a long line and refuses lines of the wrong shape", () => {
    const shown: OutputLine[] = [];
    const printed = new PrintedOnPage((lines) => shown.push(...lines));
    printed.receive([{ level: "log", text: "x".repeat(1e6) }], 0);
    printed.flush();
    expect(shown[0]?.text.length).toBeLessThan(2_100);
    expect(() => printed.receive("lines", 0)).toThrow(RefusedReplyError);
    expect(() => printed.receive([{ level: "shout", text: "x" }], 0)).toThrow(RefusedReplyError);
    expect(() => printed.receive([], -1)).toThrow(RefusedReplyError);
  });
});

describe("checkedDisplay", () => {
  it("cuts a forged table to the rows and columns the worker would send", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [String(i), "y".repeat(500)]);
    const table = checkedDisplay({ kind: "table", columns: ["n", "s"], rows, totalRows: 3 });
    expect(table).toMatchObject({ kind: "table", totalRows: 10_000, hiddenColumns: 0 });
    if (table.kind !== "table") throw new Error("not a table");
    expect(table.rows).toHaveLength(TABLE_ROWS);
    expect(table.rows[0]?.[1]?.length).toBeLessThan(210);
  });

  it("cuts forged text and refuses shapes the kernel never sends", () => {
    const value = checkedDisplay({ kind: "value", text: "z".repeat(1e6), truncated: false });
    expect(value).toMatchObject({ kind: "value", truncated: true });
    if (value.kind === "value") expect(value.text.length).toBeLessThan(VALUE_CHARS + 100);
    for (const forged of [
      null,
      { kind: "table", rows: "nope" },
      { kind: "table", columns: ["a", "a"], rows: [] },
      { kind: "table", columns: ["a"], rows: [[{}]] },
      { kind: "plot", spec: { marks: [{ mark: "eval", args: [] }] } },
      { kind: "plot", spec: { marks: [{ mark: "dot", args: [{ length: 1e9 }] }] } },
      { kind: "html", text: "<b>" },
    ]) {
      expect(() => checkedDisplay(forged), JSON.stringify(forged)).toThrow(RefusedReplyError);
    }
  });
});

describe("checkedFailure", () => {
  it("keeps a failure's shape, cuts its texts and refuses unknown kinds", () => {
    const failure = checkedFailure({ type: "crashed", message: "m".repeat(1e5), extra: 1 });
    expect(failure).toEqual({ type: "crashed", message: "m".repeat(2_000) });
    expect(() => checkedFailure({ type: "threw", name: 5 })).toThrow(RefusedReplyError);
    expect(() => checkedFailure({ type: "exploded" })).toThrow(RefusedReplyError);
  });
});
