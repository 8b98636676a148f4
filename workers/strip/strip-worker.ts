/// <reference lib="webworker" />
import { encodeFailure, type FromStripWorker, type ToStripWorker } from "../../common/wire";
import { stripTypes } from "./strip";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FromStripWorker) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<ToStripWorker>) => {
  try {
    reply({ type: "stripped", code: stripTypes(data.source) });
  } catch (error) {
    // stripTypes throws only CompileErrors, at the reader's line and column.
    reply(encodeFailure(error));
  }
};

reply({ type: "ready", timeOrigin: performance.timeOrigin });
