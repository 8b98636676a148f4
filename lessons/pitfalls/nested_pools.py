"""Pool tasks that start pools of their own: which pools may nest, and what nesting costs.

multiprocessing.Pool's workers are daemonic processes, and a daemonic process may not have
children. ProcessPoolExecutor's workers are not daemonic, so executors nest.
"""
import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

START = 100_000_000  # this high up, equal ranges are about equal work
WIDTH = 40_000
WORKERS_PER_TASK = 4


def is_prime(n):
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def count_primes(bounds):
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


def split(low, high, parts):
    return [(low + (high - low) * i // parts, low + (high - low) * (i + 1) // parts) for i in range(parts)]


def count_nested(bounds, workers):
    """A task that splits its range again and starts `workers` processes of its own."""
    if workers == 1:
        return count_primes(bounds)
    with ProcessPoolExecutor(workers) as helpers:
        return sum(helpers.map(count_primes, split(*bounds, workers)))


def count_with_own_pool(bounds):
    with Pool(2) as helpers:
        return sum(helpers.map(count_primes, split(*bounds, 2)))


def timed(label, work):
    start = time.perf_counter()
    primes = work()
    print(f"{label:>44}: {primes:,} primes in {(time.perf_counter() - start) * 1000:,.0f} ms")


if __name__ == "__main__":
    cores = os.cpu_count()
    tasks = split(START, START + WIDTH, cores)
    with Pool(1) as pool:  # one worker is enough to see the refusal
        try:
            pool.apply(count_with_own_pool, (tasks[0],))
        except AssertionError as error:  # raised in the worker, re-raised here
            print(f"A Pool inside a Pool worker: AssertionError: {error}")
    k = WORKERS_PER_TASK
    with ProcessPoolExecutor(cores) as executor:
        list(executor.map(count_primes, [(0, 1)] * cores))  # start the workers before the clock
        alone, nested = [1] * cores, [k] * cores
        timed(f"executor of {cores}, each task alone", lambda: sum(executor.map(count_nested, tasks, alone)))
        timed(f"executor of {cores}, each task starts {k}", lambda: sum(executor.map(count_nested, tasks, nested)))
    with ProcessPoolExecutor(cores * k) as flat:
        list(flat.map(count_primes, [(0, 1)] * cores * k))
        parts = split(START, START + WIDTH, cores * k)
        timed(f"one executor of {cores * k}", lambda: sum(flat.map(count_primes, parts)))
