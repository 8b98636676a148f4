"""Numba compiles on the first call. Run this file twice: the second run loads the compiled
code from the cache that cache=True wrote, which saves the compiling, not the rest of call 1."""
import time

started = time.perf_counter()
import numpy as np  # noqa: E402  (imports timed on purpose: they are part of a cold start)
from numba import njit  # noqa: E402

IMPORT_MS = (time.perf_counter() - started) * 1000


@njit(cache=True)  # writes the machine code to __pycache__ beside this file
def f_loop(values, out):
    for i in range(values.size):
        x = values[i]
        out[i] = x + x * x + x * x * x


if __name__ == "__main__":
    print(f"import numpy and numba: {IMPORT_MS:8.2f} ms")
    values = np.random.default_rng(20_260_602).random(1_000_000, dtype=np.float32)
    out = np.empty_like(values)
    for call in range(1, 9):
        start = time.perf_counter()
        f_loop(values, out)  # call 1 compiles, or loads the cache; the rest run machine code
        ms = (time.perf_counter() - start) * 1000
        if call == 1:
            loaded = sum(f_loop.stats.cache_hits.values()) > 0
            how = "loaded from the cache" if loaded else "compiled, and cached for the next run"
            print(f"call 1: {ms:8.2f} ms ({how})")
        else:
            print(f"call {call}: {ms:8.2f} ms")
