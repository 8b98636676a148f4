/// <reference lib="webworker" />
import { CompileFailure } from "../../common/compile";
import type { FromStripWorker, ToStripWorker } from "../../common/wire/strip";
import { stripTypes } from "./strip";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromStripWorker) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<ToStripWorker>) => {
  try {
    reply({ type: "stripped", code: stripTypes(data.source) });
  } catch (error) {
    const failure =
      error instanceof CompileFailure ? error : new CompileFailure(String(error), null, null);
    const { message, line, column } = failure;
    reply({ type: "compile-failed", message, line, column });
  }
};

reply({ type: "ready" });
