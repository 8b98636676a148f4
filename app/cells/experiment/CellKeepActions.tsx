import { useRef, useState } from "react";
import type { ParamValues } from "../../../engine/experiment";
import { cellLinkHref } from "../../route/cellLink";

interface Props {
  lesson: string;
  experiment: string;
  /** Null while a param is refused: a link would only pass the mistake on. */
  params: ParamValues | null;
  /** The reader's version of the task file, which a link may carry; null when unedited. */
  editedCode: string | null;
  /** False while running, or when there is nothing to forget. */
  canForget: boolean;
  onImport(files: File[]): void;
  onForget(): void;
}

/** Keeping and sharing a cell: copy a link to it, import others' results, forget its own. */
export function CellKeepActions({
  lesson,
  experiment,
  params,
  editedCode,
  canForget,
  onImport,
  onForget,
}: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const [withCode, setWithCode] = useState(true);

  async function copyLink() {
    if (!params) return;
    const code = withCode ? editedCode : null;
    const url = `${location.origin}${location.pathname}${cellLinkHref(lesson, experiment, params, code)}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, ok: true });
    } catch {
      // Some browsers refuse the clipboard without a permission: show the link to copy by hand.
      setCopied({ url, ok: false });
    }
  }

  return (
    <div className="cell-actions keep">
      <button type="button" onClick={copyLink} disabled={!params}>
        Copy link
      </button>
      {editedCode !== null && (
        <label className="link-with-code">
          <input
            type="checkbox"
            checked={withCode}
            onChange={(event) => setWithCode(event.currentTarget.checked)}
          />
          with my edited code
        </label>
      )}
      <button type="button" onClick={() => fileInput.current?.click()}>
        Import results…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        aria-label="Results files to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) onImport(files);
        }}
      />
      <button type="button" onClick={onForget} disabled={!canForget}>
        Forget this cell's results
      </button>
      {copied && (
        <p className="copied" role="status">
          {copied.ok
            ? "Link copied: it opens this cell with these parameters. "
            : "Copy this link: "}
          <input
            className="link-field"
            readOnly
            value={copied.url}
            aria-label="Link to this cell"
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
