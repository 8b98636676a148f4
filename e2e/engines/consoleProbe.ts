/**
 * WebKitWebDriver gives no console log, so for WebKit the suite's server loads this script
 * before the app's (a `<script>` it adds to index.html; the app is not changed). It records
 * what the page writes as errors and warnings, uncaught errors and refused content in
 * sessionStorage, where `problems()` reads them, across reloads of the tab.
 */
export const CONSOLE_PROBE_KEY = "corelab:console-problems";

function probe(key: string) {
  const record = (line: string) => {
    const seen = JSON.parse(sessionStorage.getItem(key) ?? "[]") as string[];
    sessionStorage.setItem(key, JSON.stringify([...seen, line]));
  };
  for (const level of ["error", "warn"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      record(`${level}: ${args.map(String).join(" ")}`);
      original(...args);
    };
  }
  addEventListener("error", (event) => record(`uncaught: ${event.message}`));
  addEventListener("unhandledrejection", (event) => record(`uncaught: ${String(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    record(`refused by the page's policy: ${event.violatedDirective} ${event.blockedURI}`),
  );
}

/** The probe as a script file's text. */
export const consoleProbeScript = `(${probe.toString()})(${JSON.stringify(CONSOLE_PROBE_KEY)});\n`;
