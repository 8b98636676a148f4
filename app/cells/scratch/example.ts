/**
 * The code a scratch cell starts with: a real measurement that finishes in about a second on a
 * 2-core machine, and shows the names in scope. It runs only when the reader presses Run.
 */
export const SCRATCH_EXAMPLE = `// Your own JavaScript. It runs in a kernel worker, off the page's thread, when you
// press Run; Stop ends it at once. In scope: pool(size), measure, sweep, summarize,
// geometricSizes, gpu(), plot, Plot and console.log. The value you return is shown:
// plot(...) as a chart, an array of objects as a table, anything else as text.

const cores = navigator.hardwareConcurrency;
const workers = await pool(cores);

// The work: add up the square roots of 0 … n-1, in one loop or in one part per worker.
const sumRoots = ([from, to]) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += Math.sqrt(i);
  return sum;
};
// A pool task travels as source text: functions cannot be sent to a worker (nor pickled).
const task = { source: sumRoots.toString() };
// One part per worker: ranges [from, to) that together cover 0 … n-1.
const parts = (n) =>
  Array.from({ length: cores }, (_, k) => [
    Math.floor((k * n) / cores),
    Math.floor(((k + 1) * n) / cores),
  ]);

const samples = await sweep({
  xs: geometricSizes(100_000, 10_000_000, 4),
  series: [
    { name: "one loop", run: (n) => sumRoots([0, n]) },
    { name: "pool.map, " + cores + " workers", run: (n) => workers.map(task, parts(n)) },
  ],
  trials: 5,
});
const rows = summarize(samples); // median (q50) and 5–95 % band of each size, in ms
console.log("Timed " + samples.length + " runs on " + cores + " cores.");

return plot({
  marks: [
    Plot.areaY(rows, { x: "x", y1: "q05", y2: "q95", fill: "series", fillOpacity: 0.2 }),
    Plot.lineY(rows, { x: "x", y: "q50", stroke: "series", marker: "dot" }),
  ],
  x: { type: "log", label: "n" },
  y: { type: "log", label: "ms (median)", tickFormat: "~g" },
  color: { legend: true },
});
`;
