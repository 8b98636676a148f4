import { useEffect, useState } from "react";
import { formatElapsed, formatWallClock, restartTalk, talkStart } from "./talkClock";

/** The speaker's clocks: the time of day, and the time since the talk started, with a reset. */
export function TalkClock({ slug }: { slug: string }) {
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(() => talkStart(slug, Date.now()));

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <div className="talk-clock">
      <p>
        <span className="talk-clock-label">Time</span>{" "}
        <time className="wall-clock">{formatWallClock(new Date(now))}</time>
      </p>
      <p>
        <span className="talk-clock-label">Elapsed</span>{" "}
        <time className="elapsed">{formatElapsed(now - start)}</time>
      </p>
      <button
        type="button"
        onClick={() => {
          const restarted = Date.now();
          setNow(restarted);
          setStart(restartTalk(slug, restarted));
        }}
      >
        Reset
      </button>
    </div>
  );
}
