"""Sending a function to a pool: what pickle refuses, and the two fixes."""
import os
import time
from functools import partial
from multiprocessing import Pool


def times_ten(x):
    """Module level: pickle sends its name, and the worker imports it."""
    return x * 10


def scale(x, factor):
    return x * factor


def make_scaler(factor):
    def scaler(x):  # a closure: it remembers `factor`
        return x * factor
    return scaler


def attempt(pool, label, function, numbers):
    start = time.perf_counter()
    try:
        result = pool.map(function, numbers)
        print(f"{label:>28}: worked, last = {result[-1]} in {(time.perf_counter() - start) * 1000:.1f} ms")
    except Exception as error:  # PicklingError, or AttributeError before Python 3.14
        print(f"{label:>28}: failed: {type(error).__name__}: {error}")


if __name__ == "__main__":
    numbers = list(range(100_000))
    with Pool(os.cpu_count()) as pool:
        attempt(pool, "a lambda", lambda x: x * 10, numbers)
        attempt(pool, "a closure", make_scaler(10), numbers)
        # The fixes: a module-level function goes by name, like a kernel's name in the browser;
        # partial() of one carries its arguments as data.
        attempt(pool, "a module-level function", times_ten, numbers)
        attempt(pool, "partial(scale, factor=10)", partial(scale, factor=10), numbers)
