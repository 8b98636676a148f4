import type { Results } from "../../../common/results";

/** Saves a file through the browser's download. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `corelab-<experiment>-<finished, without colons>.<extension>`: sorts by time, valid everywhere. */
export function resultsFilename(results: Results, extension: string): string {
  const stamp = results.finishedAt.replaceAll(":", "-").replace(/\.\d+Z$/, "Z");
  return `corelab-${results.experiment}-${stamp}.${extension}`;
}
