"""Count the primes below n: in this process, in a pool of one, in a pool of os.cpu_count()."""
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


def split_range(n, parts):
    """Cut range(n) into `parts` ranges whose widths differ by at most one."""
    base, extra = divmod(n, parts)
    bounds, start = [], 0
    for i in range(parts):
        stop = start + base + (1 if i < extra else 0)
        bounds.append((start, stop))
        start = stop
    return bounds


def worker_pid(_):
    time.sleep(0.01)
    return os.getpid()


def warm_up(pool, processes):
    """Wait until every worker has answered once: Pool() returns before they have started."""
    answered = set()
    while len(answered) < processes:
        answered.update(pool.map(worker_pid, range(processes), chunksize=1))


def timed(label, work):
    start = time.perf_counter()
    primes = work()
    print(f"{label:>12}: {primes} primes in {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    n = 1_000_000  # CPython runs this loop ~50x slower than the page's JIT-compiled JavaScript
    cores = os.cpu_count()
    timed("main thread", lambda: count_primes((0, n)))
    with Pool(1) as one:
        warm_up(one, 1)  # workers started before the clock, like the page's pools
        timed("1 process", lambda: sum(one.map(count_primes, [(0, n)])))
    with Pool(cores) as pool:
        warm_up(pool, cores)
        chunks = split_range(n, 4 * cores)
        timed(f"pool of {cores}", lambda: sum(pool.map(count_primes, chunks)))
