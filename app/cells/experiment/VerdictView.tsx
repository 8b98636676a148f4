import type { Verdict } from "../../../engine/verdict";

interface Props {
  verdict: Verdict;
  /** Whose run it is: "This run", or "The imported run (8 cores · Firefox 139 · imported)". */
  whose: string;
}

/**
 * Whether a run shows what the lesson expects, beside its headline; when it does not, the likely
 * reasons read from the run and what to try. Test contract: `data-verdict`.
 */
export function VerdictView({ verdict, whose }: Props) {
  const shows = verdict.kind === "expected";
  return (
    <div className={`verdict ${verdict.kind}`} data-verdict={verdict.kind}>
      <p>
        <strong>
          {whose} {shows ? "shows" : "does not show"} what the lesson expects:
        </strong>{" "}
        {verdict.claim}
      </p>
      {verdict.kind === "unexpected" && (
        <p>
          Likely why: {verdict.reasons.join("; ")}. Try: {verdict.tryNext.join("; ")}.
        </p>
      )}
    </div>
  );
}
