export type SlideKeyAction = "next" | "previous" | "leave";

type KeyPress = Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">;

const ACTIONS: Record<string, SlideKeyAction> = {
  ArrowRight: "next",
  PageDown: "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Escape: "leave",
};

/**
 * What a key does in presenter mode. Keys typed into a field (a parameter's slider or box, a
 * code editor) belong to that field: arrows move a slider, Escape leaves an editor.
 */
export function slideKeyAction(key: KeyPress, inField: boolean): SlideKeyAction | null {
  if (inField || key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return null;
  return ACTIONS[key.key] ?? null;
}

/** Whether a key press lands in something that uses keys itself. */
export function isField(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])") !==
      null
  );
}
