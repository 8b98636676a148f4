import { useEffect, useId, useState } from "react";
import {
  applyTheme,
  onSystemThemeChange,
  storedPreference,
  storePreference,
  THEME_PREFERENCES,
  type ThemePreference,
} from "./theme";

const LABELS: Record<ThemePreference, string> = {
  system: "System",
  light: "Light",
  dark: "Dark",
};

/** The header's theme choice: remembered, and while it is "System", it follows the system live. */
export function ThemeSwitch() {
  const [preference, setPreference] = useState(storedPreference);
  const id = useId();

  useEffect(() => {
    applyTheme(preference);
    if (preference !== "system") return;
    return onSystemThemeChange(() => applyTheme("system"));
  }, [preference]);

  return (
    <div className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={preference}
        onChange={(event) => {
          const chosen = event.currentTarget.value as ThemePreference;
          storePreference(chosen);
          setPreference(chosen);
        }}
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
