"""Uneven tasks: with one big chunk per worker, one worker finishes alone."""
import os
import time
from multiprocessing import Pool

UNIT = 100  # numbers per unit of work; task i counts primes among (i + 1) * UNIT numbers
TASKS = 64


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def count_primes(bounds):
    start, stop = bounds
    return sum(1 for n in range(start, stop) if is_prime(n))


if __name__ == "__main__":
    workers = os.cpu_count() or 1
    # Task i costs i + 1 units: the heavy tasks are all at the end of the list.
    tasks = [(1_000_000, 1_000_000 + UNIT * (i + 1)) for i in range(TASKS)]
    one_per_worker = -(-TASKS // workers)
    with Pool(workers) as pool:
        pool.map(count_primes, tasks[:workers], chunksize=1)  # before the clock: workers started
        for chunksize in sorted({1, 2, 4, 8, 16, 32, 64, one_per_worker}):
            start = time.perf_counter()
            pool.map(count_primes, tasks, chunksize=chunksize)
            mark = "  <- one chunk per worker" if chunksize == one_per_worker else ""
            print(f"chunksize={chunksize:>2}: {(time.perf_counter() - start) * 1000:6.0f} ms{mark}")
