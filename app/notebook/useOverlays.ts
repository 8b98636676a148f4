import { useCallback, useState } from "react";
import { type Overlay, overlayLabel } from "../engine/overlay";
import { parseResults, type Results } from "../engine/results";
import { messageOf } from "./usePersistentState";

// Results files are kilobytes; anything this large is not one, and parsing it would stall the page.
const LARGEST_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Results files from other machines to draw over the cell's chart ("compare with your
 * neighbour"). Each file is checked on its own; a refused file changes nothing and says why.
 */
export function useOverlays(experiment: string) {
  const [overlays, setOverlays] = useState<Overlay[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const read = await Promise.all(files.map((file) => readResultsFile(file, experiment)));
      setProblems(read.flatMap((outcome) => (typeof outcome === "string" ? [outcome] : [])));
      const accepted = read.filter((outcome): outcome is Results => typeof outcome !== "string");
      setOverlays((current) => {
        const next = [...current];
        for (const results of accepted) {
          const label = overlayLabel(
            results.environment,
            next.map((overlay) => overlay.label),
          );
          next.push({ label, results });
        }
        return next;
      });
    },
    [experiment],
  );

  const remove = useCallback((label: string) => {
    setOverlays((current) => current.filter((overlay) => overlay.label !== label));
  }, []);

  return { overlays, problems, importFiles, remove };
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
