import { useEffect, useRef, useState } from "react";
import { missingReason } from "../../../common/capabilities";
import { parseShaderErrors } from "../../../common/gpu/compile";
import type { ShaderSource } from "../../../common/wire";
import { savedKey } from "../../../engine/saved/store";
import { LazyCodeEditor } from "../editor/LazyCodeEditor";
import { useLessonSlug } from "../lessonContext";
import { useCapabilities } from "../useCapabilities";
import { usePersistentState } from "../usePersistentState";

/** A run longer than this is stopped: a shader that takes it likely never ends. */
export const SHADER_TIME_LIMIT_S = 20;

type ShaderRun =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; text: string }
  | { status: "error"; message: string; code: string }
  /** Ended by the reader's Stop, or by the time limit. */
  | { status: "stopped"; by: "reader" | "time-limit" };

/**
 * A WGSL shader the reader edits and runs: a code editor, Run, Stop and Reset. The shader runs
 * in the GPU worker, only on a click. Compile errors are shown with their source line quoted.
 * Stop (or a run past SHADER_TIME_LIMIT_S) aborts the run's signal, which terminates the worker
 * and with it the WebGPU device: a dispatch under way cannot be cancelled any other way.
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

  /** Ends the run under way, if any: its worker, and the GPU device it held, are thrown away. */
  function stop(): boolean {
    const controller = running.current;
    running.current = null;
    controller?.abort(new Error("The reader stopped the shader."));
    return controller !== null;
  }

  async function start() {
    const controller = new AbortController();
    running.current = controller;
    setState({ status: "running" });
    const limit = setTimeout(() => {
      if (stop()) setState({ status: "stopped", by: "time-limit" });
    }, SHADER_TIME_LIMIT_S * 1000);
    try {
      const text = await run({ name: initial.name, code }, controller.signal);
      if (!controller.signal.aborted) setState({ status: "done", text });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!controller.signal.aborted) setState({ status: "error", message, code });
    } finally {
      clearTimeout(limit);
      if (running.current === controller) running.current = null;
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
        {state.status === "running" && (
          <button
            type="button"
            onClick={() => {
              if (stop()) setState({ status: "stopped", by: "reader" });
            }}
          >
            Stop
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            // A run under way is stopped first: its result would belong to the old shader.
            stop();
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
      {state.status === "stopped" && <ShaderStopped by={state.by} />}
    </section>
  );
}

/** Why the run ended, and why ending it meant throwing the GPU device away. */
function ShaderStopped({ by }: { by: "reader" | "time-limit" }) {
  return (
    <div role="status" className="message notice">
      <p>
        {by === "reader"
          ? "Stopped: you ended the run before the shader finished."
          : `Stopped: the shader ran longer than ${SHADER_TIME_LIMIT_S} s, so it likely never ends. Check your loops: a loop whose exit condition is never met runs forever.`}{" "}
        Your shader is still in the editor.
      </p>
      <p>
        A GPU cannot be interrupted in the middle of a dispatch, so the page threw away its GPU
        context (the worker that held the WebGPU device). A real GPU's driver resets a shader that
        runs too long; a CPU-emulated GPU (SwiftShader) has no such reset and keeps running it,
        until the page's bound on loop steps ends its loops. The next Run starts on a new device,
        and may first wait for that.
      </p>
    </div>
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
