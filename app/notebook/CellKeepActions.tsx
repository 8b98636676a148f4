import { useRef, useState } from "react";
import type { ParamValues } from "../engine/experiment";
import { cellLinkHref } from "../shell/cellLink";

interface Props {
  lesson: string;
  experiment: string;
  /** Null while a param is refused: a link would only pass the mistake on. */
  params: ParamValues | null;
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
  canForget,
  onImport,
  onForget,
}: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);

  async function copyLink() {
    if (!params) return;
    const url = `${location.origin}${location.pathname}${cellLinkHref(lesson, experiment, params)}`;
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
