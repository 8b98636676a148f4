"""A new Pool for every batch of tasks, or one Pool kept open for all of them."""
import os
import time
from multiprocessing import Pool

CALLS = 16


def square(x):
    return x * x


if __name__ == "__main__":
    batch = range(2 * (os.cpu_count() or 1))  # a few tiny tasks: the work is nothing

    start = time.perf_counter()
    for _ in range(CALLS):
        with Pool() as pool:  # starts its workers, and stops them when the block ends
            pool.map(square, batch)
    fresh = time.perf_counter() - start
    print(f"a new Pool per batch: {CALLS} batches in {fresh * 1000:.0f} ms")

    start = time.perf_counter()
    with Pool() as pool:  # one set of workers serves every batch
        for _ in range(CALLS):
            pool.map(square, batch)
    reused = time.perf_counter() - start
    print(f"one Pool, reused:     {CALLS} batches in {reused * 1000:.0f} ms")
    print(f"a new Pool per batch took {fresh / reused:.1f}x as long")
