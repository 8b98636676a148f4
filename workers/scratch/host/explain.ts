import type { Failure } from "../../../common/wire";

/** Why a run ended without a value, in categories the cell explains in a student's words. */
export type KernelFault =
  /** The code does not parse. Line and column are 1-based, in the reader's code. */
  | { kind: "syntax"; message: string; line: number | null; column: number | null }
  /** The code threw, or a promise it awaited rejected. `line` is in the reader's code. */
  | { kind: "runtime"; name: string; message: string; line: number | null }
  /** The returned value (or plot options) cannot travel back to the page by structured clone. */
  | { kind: "uncloneable"; what: string; path: string }
  /** An allocation failed (RangeError), or the kernel worker died mid-run. */
  | { kind: "memory"; message: string }
  /** The kernel worker's script could not be loaded. */
  | { kind: "load"; message: string }
  /** The kernel worker ended itself (`self.close()`) before the code finished. */
  | { kind: "ended" }
  /** The kernel worker sent a message the page refused (code that posts its own messages). */
  | { kind: "refused"; message: string };

/** A kernel worker that died mid-run: V8 gives up on a full heap and the browser says little. */
export function crashFault(browserMessage: string): KernelFault {
  const said = browserMessage.slice(0, 2_000);
  return {
    kind: "memory",
    message: `the kernel worker crashed${said ? `: ${said}` : ""}`,
  };
}

/** V8's RangeErrors that mean an allocation was refused, not a wrong argument. */
const OUT_OF_MEMORY =
  /allocation failed|Invalid (typed )?array length|Invalid string length|out of memory/i;

/** How the reader's code failed, in the categories the cell explains. */
export function faultOf(failure: Failure): KernelFault {
  switch (failure.type) {
    case "compile-failed": {
      const { message, line, column } = failure;
      return { kind: "syntax", message, line, column };
    }
    case "threw": {
      const { name, message, line } = failure;
      if (name === "RangeError" && OUT_OF_MEMORY.test(message)) return { kind: "memory", message };
      return { kind: "runtime", name, message, line };
    }
    case "uncloneable":
      return { kind: "uncloneable", path: failure.path, what: failure.what };
    case "crashed":
      return crashFault(failure.message);
    case "failed":
      return { kind: "runtime", name: "Error", message: failure.message, line: null };
  }
}

/**
 * A fault in words a student understands: what happened, where, and what to do. The reader's
 * code is always kept, so none of these says to retype anything.
 */
export function explainFault(fault: KernelFault): string {
  switch (fault.kind) {
    case "syntax":
      return `${where(fault.line, fault.column)}${fault.message}. This is not valid JavaScript, so none of the code ran.`;
    case "runtime":
      return `${where(fault.line, null)}${fault.name}: ${fault.message}`;
    case "uncloneable":
      return [
        `Your code finished, but its result could not be sent back to the page: ${fault.path} is ${fault.what}.`,
        "The code runs in a separate worker, as Python's multiprocessing runs a function in another process, and what it returns travels back as a copy (a structured clone), as Python pickles a result.",
        `Like a lambda or an open file in Python, ${fault.what} cannot be copied.`,
        fault.path.startsWith("plot options")
          ? 'In plot options, name a field (y: "ms") instead of passing a function (y: (d) => d.ms).'
          : "Return plain data instead: numbers, strings, arrays and plain objects.",
      ].join(" ");
    case "memory":
      return `The code ran out of memory (${fault.message}). Ask for less, for example a smaller array; the next Run starts a fresh kernel.`;
    case "load":
      return `The kernel worker that runs this cell could not start: ${fault.message}. Check the connection and press Run again.`;
    case "refused":
      return `The kernel worker sent the page a message it refused (${fault.message}): code that posts its own messages with self.postMessage does this. The page keeps only what the kernel itself sends; the next Run starts a fresh kernel.`;
    case "ended":
      return "The kernel worker crashed: it ended itself before the code finished (self.close() does this), so there is no answer. The next Run starts a fresh kernel.";
  }
}

function where(line: number | null, column: number | null): string {
  if (line === null) return "";
  return column === null ? `Line ${line}: ` : `Line ${line}, column ${column}: `;
}
