import type { EditedSource } from "../../../common/results";
import { CodeBlock } from "../code/CodeBlock";
import "./ranEditedCode.css";

/**
 * The reader's code a run ran instead of the experiment's own, to read beside its numbers: the
 * results may have come from a neighbour, or the cell's code may have been reset since.
 */
export function RanEditedCode({ summary, sources }: { summary: string; sources: EditedSource[] }) {
  return (
    <details className="ran-edited-code">
      <summary>{summary}</summary>
      {sources.map(({ source, code }) => (
        <figure key={source}>
          <figcaption>
            <code>{source}</code>, as it ran
          </figcaption>
          <CodeBlock code={code} />
        </figure>
      ))}
    </details>
  );
}
