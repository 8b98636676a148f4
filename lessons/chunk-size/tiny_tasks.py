"""Many tiny tasks: Pool.map's runtime against chunksize."""
import os
import time
from multiprocessing import Pool

REPEATS = 5


def add_one(x):
    return x + 1


if __name__ == "__main__":
    workers = os.cpu_count()
    with Pool(workers) as pool:
        pool.map(add_one, range(1_000))  # before the clock: no timing waits for a worker to start
        for n in (100, 1_000, 10_000):
            items = range(n)
            default = -(-n // (4 * workers))  # what Pool.map picks when chunksize is None
            for chunksize in sorted({1, 10, 100, 1_000, n, default}):
                if chunksize > n:
                    continue
                best = float("inf")
                for _ in range(REPEATS):  # the fastest of a few: less noise from other programs
                    start = time.perf_counter()
                    pool.map(add_one, items, chunksize=chunksize)
                    best = min(best, time.perf_counter() - start)
                mark = "  <- default" if chunksize == default else ""
                print(f"n={n:>6} chunksize={chunksize:>6}: {best * 1000:7.1f} ms{mark}")
