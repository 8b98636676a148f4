"""joblib: a new pool for every call, or one pool kept open across calls."""
import time

from joblib import Parallel, delayed


def square(x):
    return x * x


calls, tasks = 16, 8

start = time.perf_counter()
for _ in range(calls):
    Parallel(n_jobs=-1)(delayed(square)(i) for i in range(tasks))  # starts and stops its workers
print(f"new pool per call: {(time.perf_counter() - start) * 1000:.0f} ms")

start = time.perf_counter()
with Parallel(n_jobs=-1) as parallel:  # the workers live as long as the `with` block
    for _ in range(calls):
        parallel(delayed(square)(i) for i in range(tasks))
print(f"one pool, reused: {(time.perf_counter() - start) * 1000:.0f} ms")
