import { useEffect, useMemo, useRef, useState } from "react";
import type { Experiment, ParamValues } from "../../../engine/experiment";
import { initialParams } from "../../../engine/params";
import { parseSavedParams } from "../../../engine/saved/savedParams";
import { savedKey } from "../../../engine/saved/store";
import { type CellLink, linkedParams } from "../../route/cellLink";
import { useRunSizes } from "../runSizes";
import { usePersistentState } from "../usePersistentState";

/**
 * A cell's params: its defaults at the page's sizes (the lesson's or the workshop's), replaced by
 * the reader's saved ones, replaced in turn by those of a link to this cell. Until the reader
 * sets them, they follow the Sizes switch. A link's params are checked first; a refused link
 * leaves the defaults and says why in `problems`, as does a saved set that was dropped. Opening
 * a link never runs anything.
 */
export function useCellParams(experiment: Experiment, lesson: string, link: CellLink | null) {
  const sizes = useRunSizes();
  const defaults = useMemo(
    () => initialParams(experiment.params, sizes === "workshop"),
    [experiment.params, sizes],
  );
  // Null until the reader (or a link) sets them: the cell then starts from `defaults`.
  const saved = usePersistentState<ParamValues | null>(
    savedKey("params", lesson, experiment.id),
    null,
    (data) => parseSavedParams(data, experiment.params),
  );
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const applied = useRef<CellLink | null>(null);
  const { loaded, set } = saved;

  // After storage has answered, so a link wins over what was saved; once per link.
  useEffect(() => {
    if (!loaded || link === null || applied.current === link) return;
    applied.current = link;
    if (Object.keys(link.params).length === 0) return;
    const linked = linkedParams(experiment.params, defaults, link.params);
    if (linked.ok) {
      set(linked.values);
      setLinkProblem(null);
    } else {
      set(defaults);
      setLinkProblem(
        `This link's parameters were refused, so the cell uses its defaults. ${linked.refused.join(" ")}`,
      );
    }
  }, [link, loaded, set, experiment, defaults]);

  const savedProblem = saved.problem && `Parameters: ${saved.problem}`;
  return {
    ...saved,
    value: saved.value ?? defaults,
    /** The reader's own values differ from the page's sizes: the cell offers to use them. */
    differsFromSizes: saved.value !== null && !sameValues(saved.value, defaults),
    applySizes: () => set(defaults),
    problems: [savedProblem, linkProblem],
  };
}

function sameValues(a: ParamValues, b: ParamValues): boolean {
  return Object.keys(b).every((name) => a[name] === b[name]);
}
