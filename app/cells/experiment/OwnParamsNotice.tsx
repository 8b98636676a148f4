import type { RunSizes } from "../runSizes";

const SIZES_NAMES: Record<RunSizes, string> = {
  lesson: "the lesson's sizes",
  workshop: "the workshop sizes",
};

/**
 * Said under a cell's params when the reader set values of their own and the page's sizes differ
 * (the Sizes switch moved since): their values stay until they choose the page's.
 */
export function OwnParamsNotice({
  sizes,
  disabled,
  onApply,
}: {
  sizes: RunSizes;
  disabled: boolean;
  onApply(): void;
}) {
  return (
    <p className="own-params" data-own-params="">
      These are values you set, not {SIZES_NAMES[sizes]}.{" "}
      <button type="button" onClick={onApply} disabled={disabled}>
        Use {SIZES_NAMES[sizes]}
      </button>
    </p>
  );
}
