"""Numba compiles on the first call: time it against the warm calls, then with cache=True."""
import time

import numpy as np
from numba import njit


@njit(cache=True)  # cache=True keeps the machine code on disk for the next process
def f_loop(values, out):
    for i in range(values.size):
        x = values[i]
        out[i] = x + x * x + x * x * x


if __name__ == "__main__":
    values = np.random.default_rng(20_260_602).random(1_000_000, dtype=np.float32)
    out = np.empty_like(values)
    for call in range(1, 9):
        start = time.perf_counter()
        f_loop(values, out)  # call 1 compiles (or loads the cache), the rest run machine code
        print(f"call {call}: {(time.perf_counter() - start) * 1000:8.2f} ms")
    # Run this file twice: with cache=True, the second process's first call skips compiling.
