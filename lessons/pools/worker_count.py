"""Speedup against the number of worker processes, past the number of cores."""
import os
import time
from multiprocessing import Pool


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
    tasks = [(1_000_000, 1_010_000)] * 48  # 48 equal tasks: the same total work for every pool
    cores = os.cpu_count()
    baseline = None
    for workers in range(1, 2 * cores + 1):  # joblib: n_jobs=-1 is all cores, -2 all but one
        with Pool(workers) as pool:
            pool.map(count_primes, tasks[:workers])  # warm up, before the clock
            start = time.perf_counter()
            pool.map(count_primes, tasks, chunksize=1)
            elapsed = time.perf_counter() - start
        baseline = baseline or elapsed
        print(f"{workers:>2} workers: {elapsed * 1000:6.0f} ms, speedup {baseline / elapsed:4.2f}")
