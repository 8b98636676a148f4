/** What the reader chose in the header: follow the system, or always light, or always dark. */
export type ThemePreference = "system" | "light" | "dark";
export type Theme = "light" | "dark";

export const THEME_PREFERENCES: readonly ThemePreference[] = ["system", "light", "dark"];

/** public/theme.js reads the same key before the first paint. */
const STORAGE_KEY = "corelab:theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

export function parsePreference(stored: string | null): ThemePreference {
  return THEME_PREFERENCES.find((preference) => preference === stored) ?? "system";
}

export function resolveTheme(preference: ThemePreference, systemIsDark: boolean): Theme {
  if (preference === "system") return systemIsDark ? "dark" : "light";
  return preference;
}

export function storedPreference(): ThemePreference {
  try {
    return parsePreference(localStorage.getItem(STORAGE_KEY));
  } catch {
    return "system";
  }
}

export function storePreference(preference: ThemePreference): void {
  try {
    if (preference === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage blocked: the choice lasts until the page is closed.
  }
}

/** Sets `<html data-theme>`; the stylesheet and the charts read their colours from it. */
export function applyTheme(preference: ThemePreference): void {
  const systemIsDark = window.matchMedia(DARK_QUERY).matches;
  document.documentElement.dataset.theme = resolveTheme(preference, systemIsDark);
}

/** Calls back when the system switches between light and dark. */
export function onSystemThemeChange(callback: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", callback);
  return () => query.removeEventListener("change", callback);
}
