import { useEffect, useRef, useState } from "react";
import type { CellLink } from "../../route/cellLink";
import type { CellDraft } from "./useCellDraft";

/**
 * Code that arrived in a link to this cell: placed in the cell as the reader's edit, marked
 * edited, and said so. It runs only when the reader presses Run, and only in workers.
 */
export function useLinkedCode(link: CellLink | null, draft: CellDraft): string | null {
  const [notice, setNotice] = useState<string | null>(null);
  const applied = useRef<CellLink | null>(null);
  const { setCode } = draft;
  useEffect(() => {
    if (link === null || link.code === null || applied.current === link) return;
    applied.current = link;
    setCode(link.code);
    setNotice(
      "This link carried its sender's code. It is in the cell, marked edited, and runs only when you press Run: read it first. Reset to the original brings back the lesson's code.",
    );
  }, [link, setCode]);
  return notice;
}
