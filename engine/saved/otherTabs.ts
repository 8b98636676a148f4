/**
 * Other tabs of this notebook hear of each save, so a tab whose copy of a cell's saved work has
 * gone stale can say so instead of the last write winning without a word. One channel per tab,
 * opened on first use; a channel never hears its own messages. Anything received is checked:
 * any code of this origin could post on the channel.
 */
const CHANNEL = "corelab saved work";

interface SavedMessage {
  type: "saved";
  key: string;
}

let channel: BroadcastChannel | null = null;
const listeners = new Set<(key: string) => void>();

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel !== "function") return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (!isSavedMessage(data)) return;
    for (const listener of listeners) listener(data.key);
  };
  return channel;
}

/** Tells the other tabs that `key` was saved (or forgotten) here. */
export function announceSaved(key: string): void {
  openChannel()?.postMessage({ type: "saved", key } satisfies SavedMessage);
}

/** Calls `listener` with each key another tab saved; returns the unsubscribe. */
export function onSavedElsewhere(listener: (key: string) => void): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keys are short (`params:<lesson>/<cell>`); anything else is not a message of ours. */
const MAX_KEY_CHARS = 300;

export function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, key } = data as Record<string, unknown>;
  return (
    type === "saved" && typeof key === "string" && key.length > 0 && key.length <= MAX_KEY_CHARS
  );
}
