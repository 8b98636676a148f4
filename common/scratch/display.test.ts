import { describe, expect, it } from "vitest";
import { formatCell, TABLE_COLUMNS, TABLE_ROWS, toDisplay, VALUE_CHARS } from "./display";
import { PlotRecorder, plot } from "./plotRequest";

describe("toDisplay", () => {
  it("shows nothing for undefined, a chart for plot(), text for the rest", () => {
    expect(toDisplay(undefined)).toEqual({ kind: "none" });
    const chart = plot({ marks: [PlotRecorder.lineY([1, 2])], x: { type: "log" } });
    expect(toDisplay(chart)).toEqual({
      kind: "plot",
      spec: { marks: [{ mark: "lineY", args: [[1, 2]] }], x: { type: "log" } },
    });
    expect(toDisplay(42)).toEqual({ kind: "value", text: "42", truncated: false });
    expect(toDisplay([])).toEqual({ kind: "value", text: "[]", truncated: false });
  });

  it("shows an array of plain objects as a table with every key as a column", () => {
    expect(
      toDisplay([
        { n: 1, ms: 0.123456 },
        { n: 2, note: "late" },
      ]),
    ).toEqual({
      kind: "table",
      columns: ["n", "ms", "note"],
      rows: [
        ["1", "0.1235", ""],
        ["2", "", "late"],
      ],
      totalRows: 2,
      hiddenColumns: 0,
    });
  });

  it("bounds tables and long text, and says what it left out", () => {
    const wide = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, i]));
    const table = toDisplay(Array.from({ length: 500 }, () => wide));
    expect(table).toMatchObject({
      kind: "table",
      totalRows: 500,
      hiddenColumns: 20 - TABLE_COLUMNS,
    });
    if (table.kind !== "table") throw new Error("not a table");
    expect(table.rows).toHaveLength(TABLE_ROWS);
    expect(table.columns).toHaveLength(TABLE_COLUMNS);

    const text = toDisplay(Array.from({ length: 40 }, () => "y".repeat(499)));
    expect(text).toMatchObject({ kind: "value", truncated: true });
    if (text.kind !== "value") throw new Error("not a value");
    expect(text.text).toMatch(/\n… \(cut at 20,000 characters\)$/);
    expect(text.text.length).toBeLessThan(VALUE_CHARS + 40);
  });
});

describe("formatCell", () => {
  it("keeps strings bare, rounds fractions, groups integers", () => {
    expect(formatCell("pool of 2")).toBe("pool of 2");
    expect(formatCell(1_000_000)).toBe("1,000,000");
    expect(formatCell(12.34567)).toBe("12.35");
    expect(formatCell(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatCell([1, 2])).toBe("[1, 2]");
    expect(formatCell(undefined)).toBe("");
  });
});
