import { type Results, toCsv } from "../../../common/results";
import { download, resultsFilename } from "./download";

/** "Download JSON" (the results format) and "Download CSV" (its samples table). */
export function DownloadButtons({ results }: { results: Results | null }) {
  const disabled = !results || results.samples.length === 0;
  const save = (extension: "json" | "csv") => {
    if (!results) return;
    const text = extension === "json" ? JSON.stringify(results, null, 2) : toCsv(results);
    const type = extension === "json" ? "application/json" : "text/csv";
    download(resultsFilename(results, extension), new Blob([text], { type }));
  };
  return (
    <>
      <button type="button" className="download" onClick={() => save("json")} disabled={disabled}>
        Download JSON
      </button>
      <button type="button" className="download" onClick={() => save("csv")} disabled={disabled}>
        Download CSV
      </button>
    </>
  );
}
