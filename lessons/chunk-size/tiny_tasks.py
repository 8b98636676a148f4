"""Many tiny tasks: Pool.map's runtime against chunksize."""
import os
import time
from multiprocessing import Pool


def add_one(x):
    return x + 1


if __name__ == "__main__":
    workers = os.cpu_count()
    with Pool(workers) as pool:
        for n in (100, 1_000, 10_000):
            items = range(n)
            default = -(-n // (4 * workers))  # what Pool.map picks when chunksize is None
            for chunksize in sorted({1, 10, 100, 1_000, n, default}):
                if chunksize > n:
                    continue
                start = time.perf_counter()
                pool.map(add_one, items, chunksize=chunksize)
                mark = "  <- default" if chunksize == default else ""
                print(f"n={n:>6} chunksize={chunksize:>6}: {(time.perf_counter() - start) * 1000:7.1f} ms{mark}")
