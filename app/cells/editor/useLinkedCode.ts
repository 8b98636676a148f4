import { useEffect, useState } from "react";
import { parseCellLink } from "../../route/cellLink";
import { cellHref } from "../../route/route";
import { useHash } from "../../route/useRoute";
import type { CellDraft } from "./useCellDraft";

/**
 * Code that arrived in a link to this cell: placed in the cell as the reader's edit, marked
 * edited, and said so. It runs only when the reader presses Run, and only in workers; the
 * address then drops it, so a reload shows the reader's own version.
 */
export function useLinkedCode(lesson: string, experiment: string, draft: CellDraft): string | null {
  const hash = useHash();
  const [notice, setNotice] = useState<string | null>(null);
  const { setCode } = draft;
  useEffect(() => {
    const link = parseCellLink(hash);
    if (link?.cell !== experiment || link.code === null) return;
    setCode(link.code);
    history.replaceState(history.state, "", cellHref(lesson, experiment));
    setNotice(
      "This link carried its sender's code. It is in the cell, marked edited, and runs only when you press Run: read it first. Reset to the original brings back the lesson's code.",
    );
  }, [hash, lesson, experiment, setCode]);
  return notice;
}
