import type { DataMode } from "../../../common/payload";
import type { DefineTask } from "../../../common/wire";
import type { KernelInput, KernelName, KernelOutput } from "../../kernels";
import type { ChunkRecord } from "./timeline";

/**
 * The reader's edited version of a kernel: the kernel's whole TypeScript file as edited, and the
 * export to run. It takes and gives what the kernel does, or fails trying.
 */
export interface EditedKernel<K extends KernelName = KernelName> {
  source: string;
  entry: K;
}

/** What to run: a kernel the workers have built in, a function's source text, or an edited kernel. */
export type Task = KernelName | { source: string } | EditedKernel;
export type Input<T extends Task> = T extends KernelName
  ? KernelInput<T>
  : T extends EditedKernel<infer K>
    ? KernelInput<K>
    : unknown;
export type Output<T extends Task> = T extends KernelName
  ? KernelOutput<T>
  : T extends EditedKernel<infer K>
    ? KernelOutput<K>
    : unknown;

export interface CallOptions {
  /** Tasks per message. Python's rule, `ceil(n / (4 × workers))`, when unset. */
  chunkSize?: number;
  /** How the items travel: copied (the default), transferred, or shared. */
  data?: DataMode;
  signal?: AbortSignal;
  /** Per task; a chunk of k tasks may run k × this long before its worker is replaced. */
  timeoutMs?: number;
  /** Called as each chunk comes back, with its times and sizes (for a timeline). */
  onChunk?: (record: ChunkRecord) => void;
}

/** Where a call's results go, chunk by chunk: `map`, `imap` and the rest each bring their own. */
export interface Sink {
  chunk(firstIndex: number, results: unknown[]): void;
  fail(reason: unknown): void;
  done(): void;
}

/** One call (`map`, `apply`…) as the dispatcher carries it: its items and how far it got. */
export interface Call {
  /** The task, numbered, as a worker is told it before its first chunk of it. */
  task: DefineTask;
  /** The caller's items, copied when the call was made (Python's map also takes them then). */
  items: readonly unknown[];
  options: CallOptions;
  chunkSize: number;
  /** The first item not yet handed to a worker, and how many chunks were. */
  nextItem: number;
  chunksSent: number;
  chunksLeft: number;
  /** How long its last chunk took a worker, as the page saw it, in ms. */
  chunkMs: number;
  settled: boolean;
  sink: Sink;
  /** Removes the call's abort listener once it has settled. */
  forget: () => void;
}

/** Items `first` to `end` (exclusive) of a call, on their way to a worker or running there. */
export interface Chunk {
  id: number;
  /** The chunk's position in its call, 0-based. */
  index: number;
  call: Call;
  first: number;
  end: number;
  /** When it was handed over, on the page's clock. */
  sentAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}
