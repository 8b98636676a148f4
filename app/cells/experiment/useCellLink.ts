import { useEffect, useState } from "react";
import { type CellLink, parseCellLink } from "../../route/cellLink";
import { cellHref } from "../../route/route";
import { useHash } from "../../route/useRoute";

/**
 * The link to this cell the address carried, taken once: the address then drops its query, so a
 * reload shows the reader's own edits. Params and code are both read from what is returned here,
 * never from the address, so whichever applies last still finds its part of the link.
 */
export function useCellLink(lesson: string, experiment: string): CellLink | null {
  const hash = useHash();
  const [link, setLink] = useState<CellLink | null>(null);
  useEffect(() => {
    const found = parseCellLink(hash);
    if (found?.cell !== experiment) return;
    if (found.code === null && Object.keys(found.params).length === 0) return;
    setLink(found);
    history.replaceState(history.state, "", cellHref(lesson, experiment));
  }, [hash, lesson, experiment]);
  return link;
}
