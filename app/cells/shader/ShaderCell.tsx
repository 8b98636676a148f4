import { useEffect, useRef, useState } from "react";
import { missingReason } from "../../../common/capabilities";
import { parseShaderErrors } from "../../../common/gpu/compile";
import type { ShaderSource } from "../../../common/wire";
import { savedKey } from "../../../engine/saved/store";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { useLessonSlug } from "../lessonContext";
import { useCapabilities } from "../useCapabilities";
import { usePersistentState } from "../usePersistentState";

type ShaderRun =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; text: string }
  | { status: "error"; message: string; code: string };

/**
 * A WGSL shader the reader edits and runs: a code editor, Run and Reset. The shader runs in
 * the GPU worker, only on a click. Compile errors are shown with their source line quoted.
 */
export function ShaderCell({
  id,
  title,
  initial,
  run,
}: {
  id: string;
  title: string;
  initial: ShaderSource;
  run(shader: ShaderSource, signal: AbortSignal): Promise<string>;
}) {
  const capabilities = useCapabilities();
  // The reader's shader is saved (IndexedDB), so a reload or a crash loses nothing.
  const lesson = useLessonSlug();
  const saved = usePersistentState(savedKey("code", lesson, id), initial.code, validShader);
  const { value: code, set: setCode } = saved;
  const [state, setState] = useState<ShaderRun>({ status: "idle" });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const missing = capabilities && missingReason("webgpu", capabilities);
  const status = missing ? "unsupported" : state.status;

  async function start() {
    const controller = new AbortController();
    running.current = controller;
    setState({ status: "running" });
    try {
      const text = await run({ name: initial.name, code }, controller.signal);
      if (!controller.signal.aborted) setState({ status: "done", text });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!controller.signal.aborted) setState({ status: "error", message, code });
    }
  }

  return (
    <section className="cell shader-cell" data-shader-cell={id} data-state={status}>
      <header className="cell-header">
        <h3>{title}</h3>
      </header>
      <LazyCodeEditor
        value={code}
        onChange={setCode}
        language="wgsl"
        label={`${initial.name} (yours to edit)`}
        diagnostics={state.status === "error" ? parseShaderErrors(state.message) : []}
      />
      <div className="cell-actions">
        <button
          type="button"
          className="primary"
          onClick={start}
          disabled={capabilities === null || Boolean(missing) || state.status === "running"}
        >
          Run
        </button>
        <button
          type="button"
          onClick={() => {
            saved.forget();
            setState({ status: "idle" });
          }}
        >
          Reset
        </button>
      </div>
      {saved.problem && <p className="message notice">{saved.problem}</p>}
      {missing && <p className="message">{missing}</p>}
      {state.status === "running" && <p role="status">Running…</p>}
      {state.status === "done" && <p role="status">{state.text}</p>}
      {state.status === "error" && <ShaderError message={state.message} code={state.code} />}
    </section>
  );
}

function validShader(data: unknown): string {
  if (typeof data === "string") return data;
  throw new Error("a saved shader must be text");
}

/** The refusal's words, then each compile error under the line it points at. */
function ShaderError({ message, code }: { message: string; code: string }) {
  const lines = code.split("\n");
  const located = parseShaderErrors(message);
  const compile = located.length > 0;
  return (
    <div role="alert">
      <p className="message error">{compile ? "The shader did not compile." : message}</p>
      {located.map((error) => (
        <pre className="shader-error" key={`${error.line}:${error.column}`}>
          {`${error.file}:${error.line}:${error.column}: error: ${error.message}\n`}
          {`${lines[error.line - 1] ?? ""}\n${" ".repeat(Math.max(0, error.column - 1))}^`}
        </pre>
      ))}
    </div>
  );
}
