import { useEffect, useId, useRef } from "react";

/** How long the dot takes to cross its track and back, in ms. */
const PERIOD_MS = 2_000;

/**
 * A dot that JavaScript moves on every animation frame, a frame counter, and a text box. All
 * three need the page's own thread, so all three stop while that thread is busy. It animates
 * only while on screen, so it never shares the cores with other experiments' timings.
 */
export function PageHeartbeat() {
  const dot = useRef<HTMLSpanElement>(null);
  const counter = useRef<HTMLSpanElement>(null);
  const figure = useRef<HTMLElement>(null);
  const inputId = useId();

  useEffect(() => {
    const node = figure.current;
    if (!node) return;
    let request = 0;
    let frames = 0;
    const step = (time: number) => {
      const phase = (time % PERIOD_MS) / PERIOD_MS;
      const position = phase < 0.5 ? 2 * phase : 2 - 2 * phase;
      dot.current?.style.setProperty("--position", position.toFixed(4));
      if (counter.current) counter.current.textContent = (++frames).toLocaleString("en");
      request = requestAnimationFrame(step);
    };
    const observer = new IntersectionObserver(([entry]) => {
      cancelAnimationFrame(request);
      if (entry?.isIntersecting) request = requestAnimationFrame(step);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(request);
    };
  }, []);

  return (
    <figure className="heartbeat" ref={figure}>
      <div className="heartbeat-track" aria-hidden="true">
        <span className="heartbeat-dot" ref={dot} />
      </div>
      <p className="heartbeat-frames">
        Frames drawn: <span ref={counter}>0</span>
      </p>
      <label className="heartbeat-label" htmlFor={inputId}>
        Type here while an experiment runs
      </label>
      <input className="heartbeat-input" id={inputId} type="text" autoComplete="off" />
      <figcaption className="note">
        JavaScript moves the dot and the counter once per frame, on the page's own thread. The
        letters you type are handled there too. While that thread is busy, all three stop.
      </figcaption>
    </figure>
  );
}
