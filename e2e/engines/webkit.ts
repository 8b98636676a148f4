import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { freePorts } from "../../playwright.config";
import { CONSOLE_PROBE_KEY } from "./consoleProbe";
import { type Engine, type EnginePage, KEYS } from "./enginePage";

/** WebKitGTK's WebDriver and its small browser, from Debian's webkit2gtk-driver. */
export const WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** An element reference in W3C WebDriver's JSON. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/**
 * WebKit through W3C WebDriver: `WebKitWebDriver` under `xvfb-run` (MiniBrowser has no headless
 * mode; Xvfb is its screen), spoken to with plain HTTP. One session is one tab.
 */
export async function launchWebKit(): Promise<Engine> {
  const [port] = await freePorts(1);
  const driver = spawn("xvfb-run", ["-a", WEBKIT_DRIVER, `--port=${port}`], {
    // Its own process group, so stopping it stops Xvfb and the browser too.
    detached: true,
    stdio: "ignore",
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForDriver(endpoint, driver);
  const sessions = new Set<WebDriverSession>();
  return {
    async newPage() {
      const session = await WebDriverSession.create(endpoint);
      sessions.add(session);
      return {
        ...webkitPage(session, `WebKitGTK ${session.version}`),
        close: async () => {
          sessions.delete(session);
          await session.delete();
        },
      };
    },
    async close() {
      await Promise.all([...sessions].map((session) => session.delete().catch(() => {})));
      if (driver.pid) process.kill(-driver.pid, "SIGTERM");
    },
  };
}

async function waitForDriver(endpoint: string, driver: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 150; tries++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ready = await fetch(`${endpoint}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(200);
  }
  throw new Error("WebKitWebDriver did not start within 30 s");
}

class WebDriverSession {
  private constructor(
    private readonly url: string,
    readonly version: string,
  ) {}

  static async create(endpoint: string): Promise<WebDriverSession> {
    const created = await newSession(endpoint);
    const session = new WebDriverSession(
      `${endpoint}/session/${created.sessionId}`,
      created.capabilities.browserVersion,
    );
    // Runs of a whole lesson are awaited inside the page: give scripts as long as a test.
    await session.send("POST", "/timeouts", { script: 10 * 60_000, pageLoad: 120_000 });
    return session;
  }

  send<Value>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<Value> {
    return command<Value>(method, `${this.url}${path}`, body);
  }

  /** The element the XPath finds, once it is in the page (within `timeoutMs`). */
  async find(xpath: string, timeoutMs = 60_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const found = await this.send<Record<string, string>>("POST", "/element", {
          using: "xpath",
          value: xpath,
        });
        return found[ELEMENT] as string;
      } catch (error) {
        if (Date.now() > until) throw error;
        await sleep(250);
      }
    }
  }

  delete(): Promise<void> {
    return this.send("DELETE", "");
  }
}

/** How long a new MiniBrowser may take to start: on a busy machine, seconds; once, never. */
const SESSION_START_MS = 90_000;

/**
 * Starts a MiniBrowser session, trying once more if the first never answers: in one CI run a
 * start hung until the test's time ran out, after 27 tests had started theirs in seconds.
 */
async function newSession(endpoint: string) {
  const request = () =>
    command<{ sessionId: string; capabilities: { browserVersion: string } }>(
      "POST",
      `${endpoint}/session`,
      {
        capabilities: {
          alwaysMatch: {
            browserName: "MiniBrowser",
            "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
          },
        },
      },
      SESSION_START_MS,
    );
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    return request();
  }
}

async function command<Value>(
  method: string,
  url: string,
  body?: unknown,
  timeoutMs?: number,
): Promise<Value> {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
  });
  const { value } = (await response.json()) as {
    value: Value & { error?: string; message?: string };
  };
  if (!response.ok) {
    throw new Error(`WebDriver ${method} ${url}: ${value.error}: ${value.message}`);
  }
  return value;
}

function webkitPage(session: WebDriverSession, browser: string): EnginePage {
  return {
    browser,
    // MiniBrowser saves no downloads under automation.
    downloads: null,
    async goto(url) {
      await session.send("POST", "/url", { url });
    },
    async evaluate(fn, arg) {
      // The last argument of an async script is the callback that ends it.
      const script = `const done = arguments[1];
        Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
          .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
      const outcome = await session.send<{ value?: never; error?: string }>(
        "POST",
        "/execute/async",
        { script, args: [arg] },
      );
      if (outcome.error) throw new Error(`in the page: ${outcome.error}`);
      return outcome.value as never;
    },
    async click(xpath) {
      const until = Date.now() + 60_000;
      for (;;) {
        const element = await session.find(xpath);
        try {
          // In the middle of the view, clear of what sticks to its edges (the presenter's bar).
          await session.send("POST", "/execute/sync", {
            script: "arguments[0].scrollIntoView({ block: 'center' });",
            args: [{ [ELEMENT]: element }],
          });
          await session.send("POST", `/element/${element}/click`, {});
          return;
        } catch (error) {
          // Not yet clickable (disabled, covered, re-rendered): try again, for a while.
          if (Date.now() > until) throw error;
          await sleep(250);
        }
      }
    },
    async press(key) {
      const code = KEYS[key];
      await session.send("POST", "/actions", {
        actions: [
          {
            type: "key",
            id: "keyboard",
            actions: [
              { type: "keyDown", value: code },
              { type: "keyUp", value: code },
            ],
          },
        ],
      });
    },
    async setFiles(xpath, paths) {
      const element = await session.find(xpath);
      await session.send("POST", `/element/${element}/value`, { text: paths.join("\n") });
    },
    async problems() {
      const seen = await session.send<string | null>("POST", "/execute/sync", {
        script: "return sessionStorage.getItem(arguments[0]);",
        args: [CONSOLE_PROBE_KEY],
      });
      return seen ? (JSON.parse(seen) as string[]) : [];
    },
  };
}
