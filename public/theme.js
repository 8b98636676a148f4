// Sets <html data-theme> before the first paint, so a reader who chose a theme never sees the
// other one flash. A classic script in <head> blocks rendering, which is the point; it is a file,
// not inline, so a Content-Security-Policy without 'unsafe-inline' allows it. The key and the
// values are app/shell/theme.ts's, which takes over once the app has loaded.
(() => {
  let preference = "system";
  try {
    preference = localStorage.getItem("corelab:theme") || "system";
  } catch {
    // Storage can be blocked (privacy settings): follow the system.
  }
  const dark =
    preference === "dark" ||
    (preference !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();
