export const APPLY_CALLS = 100;
/**
 * Calls before the timed ones. Each interpreter is its own WebAssembly instance, which V8 first
 * runs as baseline code and optimises as it gets hot: a new pool's first hundreds of calls took
 * up to twice as long here. The first 100 are reported on their own.
 */
const WARM_UP_CALLS = 500;
export const ROUNDS = 5;

/**
 * The program whose clock is CPython's own `perf_counter`: how long `Pool(2)` takes until both
 * workers have run a task (they wait for each other through a shared `Value`), then the median
 * of `ROUNDS` batches of `APPLY_CALLS` empty `pool.apply` round trips, after `WARM_UP_CALLS`; and
 * the first `APPLY_CALLS` of the new pool on their own. The same text runs in the tab
 * (`python.ts`) and in this machine's own CPython (`../native/cpythonPool.ts`).
 */
export const POOL_PROGRAM = `import json, multiprocessing as mp, statistics, time

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
        fresh = time.perf_counter()
        for _ in range(${APPLY_CALLS}):
            pool.apply(nothing)
        fresh = (time.perf_counter() - fresh) / ${APPLY_CALLS}
        for _ in range(${WARM_UP_CALLS}):
            pool.apply(nothing)
        batches = []
        for _ in range(${ROUNDS}):
            batch = time.perf_counter()
            for _ in range(${APPLY_CALLS}):
                pool.apply(nothing)
            batches.append((time.perf_counter() - batch) / ${APPLY_CALLS})
    print(json.dumps({
        "ready_ms": ready * 1000,
        "fresh_apply_us": fresh * 1e6,
        "apply_us": statistics.median(batches) * 1e6,
    }))
`;

/** What the program prints, as JSON. */
export interface PoolProgramOutput {
  ready_ms: number;
  fresh_apply_us: number;
  apply_us: number;
}
