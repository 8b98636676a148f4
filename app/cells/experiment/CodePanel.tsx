import type { ReactNode } from "react";
import type { Source } from "../../../engine/experiment";

interface Props {
  sources: Source[];
  python: string;
  /** Draws the source the reader may edit (by name) in place of its read-only code. */
  editable?: EditableSlot | undefined;
}

export interface EditableSlot {
  source: string;
  render(source: Source, open: boolean): ReactNode;
}

/** The Python version beside the code this page runs; both are the real files. */
export function CodePanel({ sources, python, editable }: Props) {
  return (
    <div className="code-panel">
      <figure className="code">
        <figcaption>Python</figcaption>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: code taller or wider than its box scrolls, and a keyboard must reach it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). */}
        <pre tabIndex={0}>
          <code className="language-python">{python}</code>
        </pre>
      </figure>
      <div className="code">
        {sources.map((source, i) =>
          source.name === editable?.source ? (
            <div key={source.name}>{editable.render(source, i === 0)}</div>
          ) : (
            <details key={source.name} open={i === 0}>
              <summary>
                This page runs <code>{source.name}</code>
              </summary>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: as the Python above. */}
              <pre tabIndex={0}>
                <code className={`language-${source.language}`}>{source.code}</code>
              </pre>
            </details>
          ),
        )}
      </div>
    </div>
  );
}
