import { useId } from "react";
import { SIZES_PREFERENCES, type SizesPreference } from "./runSizes";

const LABELS: Record<SizesPreference, string> = {
  auto: "Auto",
  lesson: "Lesson",
  workshop: "Workshop",
};

/**
 * The header's Sizes switch: the lesson's sizes, or the workshop's, which keep every run short
 * enough for a room. Cells whose params the reader set keep them.
 */
export function SizesSwitch({
  preference,
  onChange,
}: {
  preference: SizesPreference;
  onChange(preference: SizesPreference): void;
}) {
  const id = useId();
  return (
    <div className="sizes-switch">
      <label htmlFor={id}>Sizes</label>
      <select
        id={id}
        title="Workshop sizes keep every run under about 10 s; Auto uses them in presenter mode."
        value={preference}
        onChange={(event) => onChange(event.currentTarget.value as SizesPreference)}
      >
        {SIZES_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
