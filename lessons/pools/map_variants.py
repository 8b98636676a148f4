"""map, imap and imap_unordered on the same uneven tasks: when can the caller use a result?"""
import os
import random
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
    rng = random.Random(42)  # the same uneven tasks every run
    tasks = [(0, rng.randrange(2_000, 60_000)) for _ in range(16)]
    with Pool(os.cpu_count()) as pool:
        for name, results in [
            ("map", lambda: pool.map(count_primes, tasks, chunksize=1)),
            ("imap", lambda: pool.imap(count_primes, tasks, chunksize=1)),
            ("imap_unordered", lambda: pool.imap_unordered(count_primes, tasks, chunksize=1)),
        ]:
            start = time.perf_counter()
            arrivals = [time.perf_counter() - start for _ in results()]  # map: all at once
            print(f"{name:>15}: first after {arrivals[0] * 1000:5.0f} ms, last after {arrivals[-1] * 1000:5.0f} ms")
