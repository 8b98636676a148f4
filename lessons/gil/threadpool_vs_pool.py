"""The same CPU-bound map in a ThreadPool and in a Pool. Both have the same interface; the
ThreadPool's workers are threads of this one process, which take turns on its GIL, while the
Pool's workers are processes, each with its own interpreter and its own GIL.
"""
import os
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool
from threading import current_thread

N = 20_000  # the N-th prime, as in nth_prime.py
TASKS = 8


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


def nth_prime(n):
    found, candidate = 0, 1
    while found < n:
        candidate += 1
        if is_prime(candidate):
            found += 1
    return candidate


def task(n):
    """The n-th prime, and where it was found: which process, which thread."""
    return nth_prime(n), os.getpid(), current_thread().name


def timed(label, pool, ns):
    pool.map(task, [10] * len(ns))  # warm-up: every worker has started before the clock
    start = time.perf_counter()
    results = pool.map(task, ns, chunksize=1)
    seconds = time.perf_counter() - start
    processes = len({pid for _, pid, _ in results})
    threads = len({(pid, thread) for _, pid, thread in results})
    print(f"{label:>14}: {seconds:5.2f} s, in {processes} process(es) on {threads} thread(s)")


if __name__ == "__main__":
    workers = os.cpu_count() or 1
    ns = [N + i for i in range(TASKS)]
    start = time.perf_counter()
    primes = [nth_prime(n) for n in ns]
    print(f"{'serial':>14}: {time.perf_counter() - start:5.2f} s   largest prime {max(primes)}")
    with ThreadPool(workers) as threads:
        timed(f"ThreadPool({workers})", threads, ns)
    with Pool(workers) as processes:
        timed(f"Pool({workers})", processes, ns)
