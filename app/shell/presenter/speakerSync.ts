import { useEffect, useRef } from "react";

/**
 * What the deck and its speaker view say to each other, over one `BroadcastChannel` of the
 * origin: a window that moved says where it is now, and the other follows; a speaker view that
 * has just opened asks where the deck is. Each names its lesson, so two decks never mix.
 *
 * @example
 * { type: "moved", slug: "gil", slide: "why-the-gil" }
 * { type: "where", slug: "gil" }
 */
export type SlideMessage =
  | { type: "moved"; slug: string; slide: string }
  | { type: "where"; slug: string };

/** Which window this is: the deck answers a speaker view's "where". */
export type SlideWindow = "deck" | "speaker";

const CHANNEL = "corelab:slides";

/** A message from the channel, or null for anything else another page might post there. */
export function parseSlideMessage(data: unknown): SlideMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, slug, slide } = data as Record<string, unknown>;
  if (typeof slug !== "string") return null;
  if (type === "moved" && typeof slide === "string") return { type, slug, slide };
  if (type === "where") return { type, slug };
  return null;
}

/**
 * Keeps this window on the same slide as the others showing `slug`: says where it is when it
 * moves, and calls `follow` when another window moved. A move made to follow is not said again,
 * so two windows never bounce a quick run of moves back and forth.
 */
export function useSlideSync(
  role: SlideWindow,
  slug: string,
  current: string | undefined,
  follow: (slide: string) => void,
): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const followed = useRef<string | null>(null);
  const latest = useRef({ current, follow });

  useEffect(() => {
    latest.current = { current, follow };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = parseSlideMessage(event.data);
      if (!message || message.slug !== slug) return;
      const { current: here, follow: move } = latest.current;
      if (message.type === "where") {
        if (role === "deck" && here) post(opened, { type: "moved", slug, slide: here });
      } else if (message.slide !== here) {
        followed.current = message.slide;
        move(message.slide);
      }
    };
    if (role === "speaker") post(opened, { type: "where", slug });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [role, slug]);

  useEffect(() => {
    if (!current) return;
    if (followed.current === current) {
      followed.current = null;
      return;
    }
    if (channel.current) post(channel.current, { type: "moved", slug, slide: current });
  }, [slug, current]);
}

const post = (channel: BroadcastChannel, message: SlideMessage) => channel.postMessage(message);
