import type { Overlay } from "../../../engine/overlay";
import { formatDateTime } from "../../../kit/format";
import { RanEditedCode } from "./RanEditedCode";

interface Props {
  overlays: readonly Overlay[];
  /** False when the experiment's chart cannot show imported series (they stay in the table). */
  drawn: boolean;
  onRemove(label: string): void;
}

/** The imported results drawn over the chart, each with a way to take it off again. */
export function OverlayList({ overlays, drawn, onRemove }: Props) {
  return (
    <div className="overlays">
      <p>
        {drawn
          ? "Compared with imported results:"
          : "This chart draws only this browser's runs; the imported results are in the table below:"}
      </p>
      <ul>
        {overlays.map(({ label, results }) => (
          <li key={label}>
            <span>
              {label}{" "}
              <small>
                ({formatDateTime(results.finishedAt)}; {results.environment.userAgent})
              </small>
            </span>
            <button type="button" onClick={() => onRemove(label)} aria-label={`Remove ${label}`}>
              Remove
            </button>
            {results.editedSources && (
              <RanEditedCode summary="The code it ran" sources={results.editedSources} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
