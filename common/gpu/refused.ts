import type { GpuRefusal } from "../wire";

// Apart from gpuWorker.ts, so that a cell can recognise a refusal without loading the GPU host.

/** The GPU refused the work, for a reason the cell shows as it is (see GpuRefusal). */
export class GpuRefusedError extends Error {
  override name = "GpuRefusedError";
  constructor(
    readonly reason: GpuRefusal,
    message: string,
  ) {
    super(message);
  }
}
