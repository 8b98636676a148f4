import { useCodeToggle } from "../useCodeToggle";
import { PythonTwin } from "./PythonTwin";

interface Props {
  /** The program's source, imported beside the lesson with `?raw`. */
  python: string;
  /** How the program is named in its tracebacks, e.g. `main_guard.py`. */
  fileName: string;
  /** Sizes set smaller for a run in the browser, by the name the program assigns. */
  sizes?: Record<string, number>;
}

/**
 * A Python program a lesson shows on its own, not as an experiment's twin: the code as printed,
 * with Run Python when the browser's CPython can run it. On a slide, the code waits behind "Show
 * code", and Run Python and what the program prints take the screen.
 *
 * @example
 * import mainGuard from "./main_guard.py?raw";
 * <PythonProgram python={mainGuard} fileName="main_guard.py" />
 */
export function PythonProgram({ python, fileName, sizes }: Props) {
  const code = useCodeToggle(fileName.replace(/\W+/g, "-"));
  return (
    <div className="python-program" data-python-program={fileName}>
      {code.button}
      <PythonTwin
        python={python}
        fileName={fileName}
        sizes={sizes}
        {...(code.button && { codeHidden: { id: code.id, hidden: code.hidden } })}
      />
    </div>
  );
}
