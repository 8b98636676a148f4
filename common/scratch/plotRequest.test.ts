import { describe, expect, it } from "vitest";
import { MAX_PLOT_POINTS, PlotRecorder, PlotRequest, plot } from "./plotRequest";

describe("plot", () => {
  it("takes options with recorded marks, one mark, or a list of marks", () => {
    const line = PlotRecorder.lineY([1, 2], { stroke: "red" });
    expect(line).toEqual({ mark: "lineY", args: [[1, 2], { stroke: "red" }] });
    expect(plot({ marks: [line], grid: true })).toEqual(
      new PlotRequest({ marks: [line], grid: true }),
    );
    expect(plot(line).spec.marks).toEqual([line]);
    expect(plot([line, PlotRecorder.ruleY([0])]).spec.marks).toHaveLength(2);
  });

  it("refuses anything else with a message that shows the right form", () => {
    expect(() => plot([1, 2, 3])).toThrow(/Plot\.lineY\(rows/);
    expect(() => plot({ marks: [{ mark: "script", args: [] }] })).toThrow(TypeError);
  });

  it("refuses a chart too big for the page to draw, and says what to do", () => {
    const rows = new Float64Array(MAX_PLOT_POINTS + 1);
    expect(() => plot({ marks: [PlotRecorder.dotY(rows)] })).toThrow(/Summarize first/);
    expect(() => plot({ marks: [PlotRecorder.dotY(rows.subarray(1))] })).not.toThrow();
  });
});
