import type { Row } from "./benchmarks/row";

/** Where and when the rows were measured, as the page saw it. */
export interface Environment {
  date: string;
  hardwareConcurrency: number;
  userAgent: string;
}

type Lookup = (metric: string, subject: string) => Row | undefined;

/**
 * The Markdown report: every row in a table, then each target with ✅ or ❌ and the numbers
 * behind it (❔ when a row it needs is missing), then where and when the rows were measured.
 * Targets are reported, never enforced: timings on a busy machine say little on their own.
 */
export function markdownReport(rows: readonly Row[], environment: Environment): string {
  const lookup: Lookup = (metric, subject) =>
    rows.find((row) => row.metric === metric && row.subject === subject);
  return [
    "# Corelab benchmarks",
    "",
    "| metric | subject | value | unit | spread (IQR of rounds) |",
    "| --- | --- | ---: | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${row.metric} | ${row.subject} | ${format(row.value)} | ${row.unit} | ${spread(row)} |`,
    ),
    "",
    "## Targets",
    "",
    ...targets(rows, lookup, environment.hardwareConcurrency).map((line) => `- ${line}`),
    "",
    `Measured ${environment.date} with navigator.hardwareConcurrency = ${environment.hardwareConcurrency}, user agent \`${environment.userAgent}\`.`,
    "",
  ].join("\n");
}

/** The middle half of the rounds behind a median, and how many rounds: "52.1–55.0 (15)". */
function spread(row: Row): string {
  if (!row.spread) return "";
  const { low, high, rounds } = row.spread;
  return `${format(low)}–${format(high)} (${rounds})`;
}

/** Four significant digits, with thousands separators: more would be noise. */
function format(value: number): string {
  return value.toLocaleString("en-US", { maximumSignificantDigits: 4 });
}

/** A run at workshop sizes must leave a room waiting no longer than this (issue 18). */
const WORKSHOP_RUN_TARGET_S = 10;

function targets(rows: readonly Row[], lookup: Lookup, cores: number): string[] {
  const overhead = (subject: string) => lookup("task-overhead-us", subject);
  const throughput = (subject: string) => lookup("tiny-tasks-per-s", subject);
  const batched = throughput("corelab@chunk=default");
  const oneByOne = throughput("workerpool@chunk=1");
  const efficiency = lookup("parallel-efficiency", `corelab@p=${cores}`);
  const ceiling = lookup("parallel-efficiency", `raw-workers@p=${cores}`);
  const reuse = lookup("pool-reuse-ratio", "new-pool-per-call / one-pool-reused");
  const gbps = (subject: string) => lookup("gbps", subject);
  const simdLarge = gbps("wasm-simd@1e7");
  const copyLarge = gbps("copy@1e7");
  const simdSmall = gbps("wasm-simd@1e6");
  const loopSmall = gbps("js-loop@1e6");
  const initialJs = rows.find((row) => row.metric === "initial-js-kb-gzip");
  const mainTasks = rows.filter((row) => row.metric === "longest-main-task-ms");
  const longestTask = mainTasks.reduce<Row | undefined>(
    (longest, row) => (longest && longest.value >= row.value ? longest : row),
    undefined,
  );
  const stop = rows.find((row) => row.metric === "stop-latency-ms");
  const workshopRuns = rows.filter((row) => row.metric === "workshop-run-s");
  const longestRun = workshopRuns.reduce<Row | undefined>(
    (longest, row) => (longest && longest.value >= row.value ? longest : row),
    undefined,
  );
  const blockedMatmul = lookup("gflops", "blocked-simd@512");
  const naiveMatmul = lookup("gflops", "naive@512");

  return [
    ...overheadTargets(overhead),
    ...throughputTargets(throughput),
    ...pythonTargets(rows, lookup),
    verdict(
      "corelab@chunk=default throughput ≥ 10 × workerpool@chunk=1",
      batched &&
        oneByOne && [
          batched.value >= 10 * oneByOne.value,
          `${format(batched.value)} tasks/s vs 10 × ${format(oneByOne.value)} = ${format(10 * oneByOne.value)} tasks/s`,
        ],
    ),
    verdict(
      `Parallel efficiency ≥ 0.95 at p = cores (${cores})`,
      efficiency && [
        efficiency.value >= 0.95,
        ceiling
          ? `${format(efficiency.value)} (bare workers, the machine's ceiling, ${format(ceiling.value)} in the same run)`
          : `${format(efficiency.value)}`,
      ],
    ),
    verdict(
      "A new pool per call ≥ 1.5 × the time of one pool reused (the pools lesson)",
      reuse && [reuse.value >= 1.5, `${format(reuse.value)}×`],
    ),
    verdict(
      "WASM SIMD at 1e7 floats ≥ 0.8 × the copy ceiling",
      simdLarge &&
        copyLarge && [
          simdLarge.value >= 0.8 * copyLarge.value,
          `${format(simdLarge.value)} GB/s vs 0.8 × ${format(copyLarge.value)} = ${format(0.8 * copyLarge.value)} GB/s`,
        ],
    ),
    verdict(
      "WASM SIMD at 1e6 floats ≥ 3 × the JS loop",
      simdSmall &&
        loopSmall && [
          simdSmall.value >= 3 * loopSmall.value,
          `${format(simdSmall.value)} GB/s vs 3 × ${format(loopSmall.value)} = ${format(3 * loopSmall.value)} GB/s`,
        ],
    ),
    verdict(
      "Blocked SIMD matmul at N = 512 ≥ 4 × naive",
      blockedMatmul &&
        naiveMatmul && [
          blockedMatmul.value >= 4 * naiveMatmul.value,
          `${format(blockedMatmul.value)} GFLOP/s vs 4 × ${format(naiveMatmul.value)} = ${format(4 * naiveMatmul.value)} GFLOP/s`,
        ],
    ),
    verdict(
      "JavaScript for the contents page and the first lesson ≤ 180 kB gzip",
      initialJs && [initialJs.value <= 180, `${format(initialJs.value)} kB (${initialJs.subject})`],
    ),
    verdict(
      "No main-thread task over 50 ms while an experiment runs",
      longestTask && [
        longestTask.value <= 50,
        `longest ${format(longestTask.value)} ms (${longestTask.subject}), over ${mainTasks.length} experiments`,
      ],
    ),
    verdict(
      "Stop takes the cell out of running within 100 ms",
      stop && [stop.value <= 100, `${format(stop.value)} ms (${stop.subject})`],
    ),
    verdict(
      `Every cell runs in under ${WORKSHOP_RUN_TARGET_S} s at workshop sizes`,
      longestRun && [
        longestRun.value < WORKSHOP_RUN_TARGET_S,
        `longest ${format(longestRun.value)} s (${longestRun.subject}), over ${workshopRuns.length} cells`,
      ],
    ),
  ];
}

/**
 * CPython in the tab (issue 14): start-up, and a task's round trip against the JS pool's, twice.
 * The target is 3 × the JS pool's `task-overhead-us`; when it was set that pool had one
 * path, the one now named `corelab` (messages). Its shared-memory path came later and is the
 * like-for-like comparison, since the Python pipes are shared memory too; both are reported, with
 * native CPython's own `Pool.apply` on the same machine beside the second.
 */
function pythonTargets(rows: readonly Row[], lookup: Lookup): string[] {
  const start = lookup("python-start-ms", "cached");
  const poolStart = lookup("python-pool-start-ms", "cached");
  const apply = lookup("python-task-overhead-us", "pool-apply");
  const messagePath = lookup("task-overhead-us", "corelab");
  const sharedApply = lookup("python-task-overhead-us", "js-pool-apply");
  const native = rows.find(
    (row) =>
      row.metric === "python-task-overhead-us" &&
      row.subject.startsWith("native CPython") &&
      row.subject.endsWith("(default start method)"),
  );
  const nativeNote =
    native &&
    sharedApply &&
    `; ${native.subject} takes ${format(native.value / sharedApply.value)}× it`;
  const atMostThreeTimes = (js: Row | undefined, note = ""): [boolean, string] | undefined =>
    apply &&
    js && [
      apply.value <= 3 * js.value,
      `${format(apply.value / js.value)}× (${us(apply)} vs ${us(js)}${note})`,
    ];
  return [
    verdict(
      "Python's first interpreter ready, files cached, ≤ 3,000 ms",
      start && [start.value <= 3_000, `${format(start.value)} ms`],
    ),
    verdict(
      "Python's Pool(2) ready, files cached, ≤ 4,000 ms",
      poolStart && [poolStart.value <= 4_000, `${format(poolStart.value)} ms`],
    ),
    verdict(
      "Python's Pool.apply ≤ 3 × the JS pool's task overhead (corelab, its message path)",
      atMostThreeTimes(messagePath),
    ),
    verdict(
      "Python's Pool.apply ≤ 3 × the JS pool's apply on its shared-memory path",
      atMostThreeTimes(sharedApply, nativeNote ?? ""),
    ),
  ];
}

const OVERHEAD_PEERS = ["comlink", "workerpool", "poolifier"];
const THROUGHPUT_PEERS = ["workerpool", "poolifier"];
const CHUNKS = ["1", "10", "100", "1000", "default"];

/** Task overhead, as ratios to raw postMessage measured in the same run. */
function overheadTargets(overhead: (subject: string) => Row | undefined): string[] {
  const floor = overhead("postmessage");
  const ratio = (subject: string, most: number) => {
    const row = overhead(subject);
    return verdict(
      `${subject} task overhead ≤ ${most} × postmessage`,
      row &&
        floor && [
          row.value <= most * floor.value,
          `${format(row.value / floor.value)}× (${us(row)} vs ${us(floor)})`,
        ],
    );
  };
  const belowPeers = (subject: string) =>
    verdict(
      `${subject} task overhead below ${OVERHEAD_PEERS.join(", ")}`,
      againstPeers(overhead(subject), OVERHEAD_PEERS.map(overhead), (row, peer) => row < peer),
    );
  return [
    ratio("corelab-shared", 0.3),
    ratio("corelab", 1.1),
    belowPeers("corelab-shared"),
    belowPeers("corelab"),
  ];
}

/** Tiny-task throughput at each chunk size, as ratios to the peers in the same run. */
function throughputTargets(throughput: (subject: string) => Row | undefined): string[] {
  const atChunk = (name: string, chunk: string) => throughput(`${name}@chunk=${chunk}`);
  const aheadOfPeers = (name: string) =>
    CHUNKS.map((chunk) =>
      verdict(
        `${name}@chunk=${chunk} tiny tasks/s ≥ every peer`,
        againstPeers(
          atChunk(name, chunk),
          THROUGHPUT_PEERS.map((peer) => atChunk(peer, chunk)),
          (row, peer) => row >= peer,
        ),
      ),
    );
  const sharedAhead = ["1", "10", "100"].map((chunk) => {
    const shared = atChunk("corelab-shared", chunk);
    const workerpool = atChunk("workerpool", chunk);
    return verdict(
      `corelab-shared@chunk=${chunk} ≥ 1.5 × workerpool`,
      shared &&
        workerpool && [
          shared.value >= 1.5 * workerpool.value,
          `${format(shared.value / workerpool.value)}×`,
        ],
    );
  });
  return [...aheadOfPeers("corelab"), ...aheadOfPeers("corelab-shared"), ...sharedAhead];
}

/** Whether `row` beats every peer, with its ratio to each; undefined if a row is missing. */
function againstPeers(
  row: Row | undefined,
  peers: (Row | undefined)[],
  beats: (value: number, peer: number) => boolean,
): [boolean, string] | undefined {
  if (!row || peers.some((peer) => peer === undefined)) return undefined;
  const found = peers as Row[];
  return [
    found.every((peer) => beats(row.value, peer.value)),
    found.map((peer) => `${format(row.value / peer.value)}× ${peer.subject}`).join(", "),
  ];
}

function verdict(claim: string, outcome: [met: boolean, numbers: string] | undefined): string {
  if (!outcome) return `❔ ${claim}: not measured (a row it needs is missing)`;
  const [met, numbers] = outcome;
  return `${met ? "✅" : "❌"} ${claim}: ${numbers}`;
}

function us(row: Row): string {
  return `${format(row.value)} µs`;
}
