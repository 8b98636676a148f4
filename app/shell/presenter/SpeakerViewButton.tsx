import { speakerHref } from "../../route/route";
import { START_SLIDE } from "./slides";
import "./SpeakerViewButton.css";

/** The window the speaker view opens in: pressed again, the button reuses it. */
const SPEAKER_WINDOW = "corelab-speaker";

/** Opens the speaker view (notes, next slide, clock) in a second window that follows the deck. */
export function SpeakerViewButton({ slug, slide }: { slug: string; slide: string | undefined }) {
  return (
    <button
      type="button"
      className="speaker-view-button"
      onClick={() =>
        window.open(
          speakerHref(slug, slide && slide !== START_SLIDE ? slide : null),
          SPEAKER_WINDOW,
          "popup,width=960,height=720",
        )
      }
    >
      Speaker view
    </button>
  );
}
