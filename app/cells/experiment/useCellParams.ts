import { useEffect, useMemo, useRef, useState } from "react";
import type { Experiment, ParamValues } from "../../../engine/experiment";
import { initialParams } from "../../../engine/params";
import { parseSavedParams } from "../../../engine/saved/savedParams";
import { savedKey } from "../../../engine/saved/store";
import { type CellLink, linkedParams } from "../../route/cellLink";
import { isQuickMode } from "../../route/route";
import { usePersistentState } from "../usePersistentState";

/**
 * A cell's params: its defaults, replaced by the reader's saved ones, replaced in turn by those
 * of a link to this cell. A link's params are checked first; a refused link leaves the defaults
 * and says why in `problems`, as does a saved set that was dropped. Opening a link never runs
 * anything.
 */
export function useCellParams(experiment: Experiment, lesson: string, link: CellLink | null) {
  const defaults = useMemo(
    () => initialParams(experiment.params, isQuickMode()),
    [experiment.params],
  );
  const params = usePersistentState<ParamValues>(
    savedKey("params", lesson, experiment.id),
    defaults,
    (data) => parseSavedParams(data, experiment.params),
  );
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const applied = useRef<CellLink | null>(null);
  const { loaded, set } = params;

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

  const savedProblem = params.problem && `Parameters: ${params.problem}`;
  return { ...params, problems: [savedProblem, linkProblem] };
}
