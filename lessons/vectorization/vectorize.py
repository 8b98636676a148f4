"""f(x) = x + x*x + x*x*x over an N x N float32 array: a Python loop, NumPy, and a copy."""
import time

import numpy as np


def f(x):
    return x + x * x + x * x * x


def python_loop(values, out):
    for i in range(values.size):  # one interpreted call per element
        out[i] = f(values[i])


def numpy_vectorised(values, out):
    # Each operator is a ufunc: a C loop, SIMD where the CPU has it. Each also makes a
    # temporary array, so the data crosses memory several times.
    out[:] = values + values * values + values * values * values


def copy(values, out):
    # Read once, write once: the memory-bandwidth ceiling once the arrays outgrow the caches.
    np.copyto(out, values)


def median_ms(run, values, out, repeats=5):
    run(values, out)  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(values, out)
        times.append((time.perf_counter() - start) * 1000)
    times.remove(max(times))  # drop the slowest trial
    return float(np.median(times))


if __name__ == "__main__":
    rng = np.random.default_rng(20_260_601)
    for side in np.geomspace(64, 3_000, 7).astype(int):  # 3,000 x 3,000: 36 MB per array
        values = rng.random(side * side, dtype=np.float32)
        out = np.empty_like(values)
        line = f"N={side:>5} ({side * side:>10,} floats):"
        for run in (copy, numpy_vectorised, python_loop):
            if run is python_loop and side > 1000:
                continue  # minutes, not milliseconds
            line += f"  {run.__name__} {median_ms(run, values, out):9.2f} ms"
        print(line)
