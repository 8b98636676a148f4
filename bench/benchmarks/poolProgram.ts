export const APPLY_CALLS = 100;
/**
 * Calls before the timed ones. Each interpreter is WebAssembly that V8 first runs as baseline
 * code and optimises, function by function, on background threads as it gets hot. On this 2-core
 * machine, where the parent and a worker keep both cores busy, that takes thousands of calls. In
 * three runs of a new pool, the median of its 200-call means was 243–430 µs over calls 201–1,000,
 * 129–196 over 1,001–2,000 and 74–106 over 5,001–6,000; with V8's tiering off
 * (`--no-wasm-dynamic-tiering`, every function optimised up front) it was 70–97 µs over calls
 * 1,001–2,000 already. So the steady round trip is timed after 5,000 calls, and the warm-up is
 * reported on its own: the first 100 calls, and calls 501–1,000, where a short program spends
 * its time.
 */
export const WARM_UP_CALLS = 5_000;
export const ROUNDS = 9;

/**
 * The program whose clock is CPython's own `perf_counter`: how long `Pool(2)` takes until both
 * workers have run a task (they wait for each other through a shared `Value`); the mean empty
 * `pool.apply` round trip over the new pool's first `APPLY_CALLS` calls and over calls 501–1,000;
 * then, after `WARM_UP_CALLS` in all, the mean of each of `ROUNDS` batches of `APPLY_CALLS`,
 * whose median and quartiles the bench takes as for every other row (`timing.ts`). The same text
 * runs in the tab (`python.ts`) and in this machine's own CPython (`../native/cpythonPool.ts`).
 */
export const POOL_PROGRAM = `import json, multiprocessing as mp, time

def arrive(arrived):
    global count
    count = arrived

def both_running(_):
    with count.get_lock():
        count.value += 1
    while count.value < 2:
        time.sleep(0.001)

def nothing():
    return None

if __name__ == "__main__":
    arrived = mp.Value("i", 0)
    started = time.perf_counter()
    with mp.Pool(2, initializer=arrive, initargs=(arrived,)) as pool:
        pool.map(both_running, range(2), chunksize=1)
        ready = time.perf_counter() - started

        def mean_of(calls):
            start = time.perf_counter()
            for _ in range(calls):
                pool.apply(nothing)
            return (time.perf_counter() - start) / calls

        fresh = mean_of(${APPLY_CALLS})
        mean_of(500 - ${APPLY_CALLS})
        early = mean_of(500)
        mean_of(${WARM_UP_CALLS} - 1000)
        batches = [mean_of(${APPLY_CALLS}) for _ in range(${ROUNDS})]
    print(json.dumps({
        "ready_ms": ready * 1000,
        "fresh_apply_us": fresh * 1e6,
        "early_apply_us": early * 1e6,
        "apply_batches_us": [batch * 1e6 for batch in batches],
    }))
`;

/** What the program prints, as JSON. */
export interface PoolProgramOutput {
  ready_ms: number;
  fresh_apply_us: number;
  early_apply_us: number;
  /** The steady round trip of each batch; the bench takes their median and quartiles. */
  apply_batches_us: number[];
}
