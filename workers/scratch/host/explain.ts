import type { KernelFault } from "../../../common/wire/scratch";

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
  }
}

function where(line: number | null, column: number | null): string {
  if (line === null) return "";
  return column === null ? `Line ${line}: ` : `Line ${line}, column ${column}: `;
}
