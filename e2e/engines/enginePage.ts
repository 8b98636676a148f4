/**
 * One tab in Firefox or WebKit, driven the same way whichever engine it is: what the
 * cross-engine specs need, and nothing more. `firefox.ts` drives Firefox through puppeteer-core
 * over WebDriver BiDi; `webkit.ts` drives WebKitGTK's MiniBrowser through W3C WebDriver.
 */
export interface EnginePage {
  /** The engine and version, as the browser reports it, e.g. "Firefox 140.12.0esr". */
  readonly browser: string;
  /** Opens an address; a change of the hash alone stays in the same document. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (JSON) value, awaited if it is a promise. */
  evaluate<Arg, Value>(fn: (arg: Arg) => Value | Promise<Value>, arg: Arg): Promise<Value>;
  /** Clicks the element the XPath finds, as a pointer would, once it is there. */
  click(xpath: string): Promise<void>;
  /** Presses one key of `KEYS` on whatever has the focus. */
  press(key: Key): Promise<void>;
  /** Chooses files in the `<input type="file">` the XPath finds. */
  setFiles(xpath: string, paths: string[]): Promise<void>;
  /** Where the browser saves downloads; null where the engine cannot download here. */
  readonly downloads: string | null;
  /** Console errors and warnings, and uncaught errors, since the tab opened. */
  problems(): Promise<string[]>;
}

/** The keys the specs press, with their WebDriver code points. */
export const KEYS = {
  ArrowRight: "\uE014",
  ArrowLeft: "\uE012",
  Escape: "\uE00C",
} as const;
export type Key = keyof typeof KEYS;

/** A browser the fixtures started: a fresh tab in it, and how to stop it. */
export interface Engine {
  newPage(): Promise<EnginePage & { close(): Promise<void> }>;
  close(): Promise<void>;
}

/** XPath of a cell by its id: an experiment (DESIGN.md, test contract) or a shader cell. */
export const cellPath = (id: string) =>
  `//*[@data-experiment='${id}' or @data-shader-cell='${id}']`;

/** XPath of a button by its text, inside `within`. */
export const buttonPath = (within: string, name: string) =>
  `${within}//button[normalize-space()='${name}']`;
