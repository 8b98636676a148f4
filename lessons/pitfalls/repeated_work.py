"""The first n Fibonacci numbers: independent tasks in a pool against one loop that reuses."""
import os
import time
from multiprocessing import Pool


def fibonacci(k):
    """By the definition: fib(k) recomputes fib(k - 1) and fib(k - 2) from nothing."""
    return k if k < 2 else fibonacci(k - 1) + fibonacci(k - 2)


def fibonacci_sequence(n):
    numbers = []
    for k in range(n):
        numbers.append(k if k < 2 else numbers[-1] + numbers[-2])
    return numbers


def timed(label, work):
    start = time.perf_counter()
    work()
    print(f"{label:>34}: {(time.perf_counter() - start) * 1000:10.3f} ms")


if __name__ == "__main__":
    n = 28  # CPython's calls are ~50x slower than the page's JIT: keep n small
    cores = os.cpu_count()
    with Pool(cores) as pool:
        pool.map(fibonacci, range(cores))  # warm up: every worker started and ready
        largest_first = list(range(n - 1, -1, -1))
        timed("one loop, reusing results", lambda: fibonacci_sequence(n))
        timed(f"each from scratch, pool of {cores}", lambda: pool.map(fibonacci, largest_first, chunksize=1))
        timed("each from scratch, one process", lambda: [fibonacci(k) for k in largest_first])
        # @functools.lru_cache would end the repeats inside each task, but every worker process
        # keeps its own cache: across processes the work is still done more than once.
