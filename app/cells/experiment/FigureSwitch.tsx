/** Which of a run's figures a slide shows: there is room for one at a time. */
export type ShownFigure = "chart" | "timeline";

/**
 * On a slide, a run with a timeline shows its chart or its timeline, each at the full height of
 * the results column; these buttons switch between them. In a lesson both show, one under the
 * other, and there is no switch.
 *
 * @example
 * <FigureSwitch shown="chart" onShow={setShown} />
 */
export function FigureSwitch({
  shown,
  onShow,
}: {
  shown: ShownFigure;
  onShow: (figure: ShownFigure) => void;
}) {
  const option = (figure: ShownFigure, label: string) => (
    <button type="button" aria-pressed={shown === figure} onClick={() => onShow(figure)}>
      {label}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not a form's fieldset.
    <div className="figure-switch" role="group" aria-label="Figure shown">
      {option("chart", "Chart")}
      {option("timeline", "Timeline")}
    </div>
  );
}
