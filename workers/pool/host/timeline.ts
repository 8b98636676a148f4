import { approxBytes, type DataMode } from "../../../common/payload";
import type { Chunk } from "./call";
import type { WorkerClock } from "./clock";

/**
 * One chunk's journey, on the page's clock (`performance.now()`, ms): handed to a worker, begun,
 * ended, and its results back on the page.
 */
export interface ChunkRecord {
  /** The worker's slot, 0-based; a replacement worker keeps the slot. */
  worker: number;
  /** The chunk's position in its call, 0-based. */
  chunk: number;
  firstIndex: number;
  items: number;
  sentAt: number;
  startedAt: number;
  finishedAt: number;
  receivedAt: number;
  /** About how many bytes went in and came out (see `approxBytes`). */
  bytesIn: number;
  bytesOut: number;
  data: DataMode;
  outcome: "done" | "failed";
}

/**
 * The record of a chunk whose results (or failure) just came back, its worker's times put on
 * the page's clock.
 */
export function chunkRecord(
  worker: { index: number; clock: WorkerClock },
  chunk: Chunk,
  times: { startedAt: number; finishedAt: number },
  results: readonly unknown[],
  outcome: ChunkRecord["outcome"],
): ChunkRecord {
  const receivedAt = performance.now();
  const { sentAt, call } = chunk;
  const offset = worker.clock.offsetFor({ sentAt, receivedAt, ...times });
  return {
    worker: worker.index,
    chunk: chunk.index,
    firstIndex: chunk.first,
    items: chunk.end - chunk.first,
    sentAt,
    startedAt: times.startedAt + offset,
    finishedAt: times.finishedAt + offset,
    receivedAt,
    bytesIn: approxBytes(call.items.slice(chunk.first, chunk.end)),
    bytesOut: approxBytes(results),
    data: call.options.data ?? "copy",
    outcome,
  };
}

/**
 * A bar on a timeline chart, in the results format's `timeline` shape. A type alias, not an
 * interface, so that it fits the format's open `{ [key]: unknown }` rows.
 */
export type TimelineEvent = {
  lane: string;
  kind: "to worker" | "run" | "back";
  start: number;
  end: number;
  chunk: number;
  items: number;
  bytesIn: number;
  bytesOut: number;
  data: DataMode;
};

/**
 * Three bars per chunk, one lane per worker, times in ms since `origin`:
 * waiting to start (message and queue), running, and the trip back.
 */
export function timelineEvents(records: readonly ChunkRecord[], origin: number): TimelineEvent[] {
  return records.flatMap((record) => {
    const lane = `worker ${record.worker + 1}`;
    const base = {
      lane,
      chunk: record.chunk,
      items: record.items,
      bytesIn: record.bytesIn,
      bytesOut: record.bytesOut,
      data: record.data,
    };
    return [
      { ...base, kind: "to worker", start: record.sentAt - origin, end: record.startedAt - origin },
      { ...base, kind: "run", start: record.startedAt - origin, end: record.finishedAt - origin },
      { ...base, kind: "back", start: record.finishedAt - origin, end: record.receivedAt - origin },
    ] satisfies TimelineEvent[];
  });
}

/**
 * The most input bytes that were out at once: sent to a worker, results not yet back. Bigger
 * chunks raise it; it is the memory a call ties up in messages and in the workers.
 *
 * @example peakBytesInFlight(records) // 2 workers × 10 items × 32 KB ≈ 640 KB
 */
export function peakBytesInFlight(records: readonly ChunkRecord[]): number {
  const changes = records.flatMap((r) => [
    { at: r.sentAt, bytes: r.bytesIn },
    { at: r.receivedAt, bytes: -r.bytesIn },
  ]);
  // At equal times, a return frees its bytes before the next send takes them.
  changes.sort((a, b) => a.at - b.at || a.bytes - b.bytes);
  let current = 0;
  let peak = 0;
  for (const { bytes } of changes) {
    current += bytes;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** The share of worker time spent idle between a run's first send and its last result. */
export function idleShare(records: readonly ChunkRecord[], workers: number): number {
  if (records.length === 0) return 0;
  const begin = Math.min(...records.map((r) => r.sentAt));
  const end = Math.max(...records.map((r) => r.receivedAt));
  const busy = records.reduce((sum, r) => sum + (r.finishedAt - r.startedAt), 0);
  return 1 - busy / (workers * (end - begin));
}

/**
 * The busiest worker's share of all the running time: 1 / workers when the load is even, up to
 * 1 when one worker did everything. Unlike idle time, it does not grow when the page is slow to
 * hand out chunks.
 */
export function busiestShare(records: readonly ChunkRecord[]): number {
  const busy = new Map<number, number>();
  for (const r of records)
    busy.set(r.worker, (busy.get(r.worker) ?? 0) + r.finishedAt - r.startedAt);
  const total = [...busy.values()].reduce((a, b) => a + b, 0);
  return total > 0 ? Math.max(...busy.values()) / total : 0;
}
