import { describe, expect, it } from "vitest";
import { PlotRecorder, PlotRequest, plot } from "./plotRequest";

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
});
