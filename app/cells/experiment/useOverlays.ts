import { useCallback, useState } from "react";
import { parseResults, type Results } from "../../../common/results";
import { type Overlay, overlayLabel } from "../../../engine/overlay";
import { parseSavedOverlays } from "../../../engine/saved/savedOverlays";
import { savedKey } from "../../../engine/saved/store";
import { messageOf, usePersistentState } from "../usePersistentState";

// Results files are kilobytes; anything this large is not one, and parsing it would stall the page.
const LARGEST_FILE_BYTES = 20 * 1024 * 1024;
const NO_OVERLAYS: Overlay[] = [];

/**
 * Results files from other machines to draw over the cell's chart ("compare with your
 * neighbour"), kept across reloads. Each file is checked on its own; a refused file changes
 * nothing and says why.
 */
export function useOverlays(cell: { lesson: string; experiment: string }) {
  const { lesson, experiment } = cell;
  const saved = usePersistentState(savedKey("overlays", lesson, experiment), NO_OVERLAYS, (data) =>
    parseSavedOverlays(data, experiment),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const { value: overlays, set } = saved;

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const read = await Promise.all(files.map((file) => readResultsFile(file, experiment)));
      setProblems(read.flatMap((outcome) => (typeof outcome === "string" ? [outcome] : [])));
      const next = [...overlays];
      for (const results of read) {
        if (typeof results === "string") continue;
        const label = overlayLabel(
          results,
          next.map((overlay) => overlay.label),
        );
        next.push({ label, results });
      }
      if (next.length > overlays.length) set(next);
    },
    [experiment, overlays, set],
  );

  const remove = useCallback(
    (label: string) => set(overlays.filter((overlay) => overlay.label !== label)),
    [overlays, set],
  );

  const problem = saved.problem && `Imported results: ${saved.problem}`;
  return { overlays, problems: [problem, ...problems], importFiles, remove };
}

/** The file's results, or why it was refused. */
async function readResultsFile(file: File, experiment: string): Promise<Results | string> {
  const refused = (reason: string) => `${file.name} was not imported: ${reason}.`;
  if (file.size > LARGEST_FILE_BYTES) return refused("it is too large to be a results file");
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return refused("it is not a JSON file, so not a Corelab results file");
  }
  try {
    const results = parseResults(data);
    if (results.experiment !== experiment) {
      return refused(`it holds results of "${results.experiment}", not of this experiment`);
    }
    if (results.summary.length === 0) return refused("it holds no measurements");
    return results;
  } catch (error) {
    return refused(messageOf(error));
  }
}
