"""Multiply numbers by ten: in a plain loop, then in a pool. The pool loses."""
import os
import time
from multiprocessing import Pool


def times_ten(x):
    return x * 10


def timed(label, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:>12}: last = {result[-1]} in {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    cores = os.cpu_count()
    with Pool(cores) as pool:  # started before the clock
        for n in (1_000, 10_000, 100_000, 1_000_000):
            numbers = list(range(n))
            print(f"n = {n:,}")
            timed("plain loop", lambda: [times_ten(x) for x in numbers])
            # Every number is pickled, sent, unpickled, multiplied, and sent back the same way.
            timed(f"pool of {cores}", lambda: pool.map(times_ten, numbers))
