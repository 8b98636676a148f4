"""C = A @ B of N x N float32 matrices: NumPy (BLAS) and a triple Python loop."""
import time

import numpy as np


def python_loop(a, b):
    # The textbook i-j-k loop: n**3 interpreted multiplies and adds, and
    # b[k][j] walks down a column.
    n = len(a)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            total = 0.0
            for k in range(n):
                total += a[i][k] * b[k][j]
            c[i][j] = total
    return c


def numpy_matmul(a, b):
    # Calls the BLAS NumPy was built with (OpenBLAS in the wheels on PyPI, Apple's
    # Accelerate in those for macOS 14 and later): blocked for the caches, SIMD, and
    # threaded over the cores.
    return a @ b


def median_ms(run, a, b, repeats=5):
    run(a, b)  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(a, b)
        times.append((time.perf_counter() - start) * 1000)
    times.remove(max(times))  # drop the slowest trial
    return float(np.median(times))


if __name__ == "__main__":
    rng = np.random.default_rng(20_260_612)
    for n in (32, 64, 128, 256, 512):
        a = rng.random((n, n), dtype=np.float32)
        b = rng.random((n, n), dtype=np.float32)
        ms = median_ms(numpy_matmul, a, b)
        line = f"N={n:>4}: numpy a @ b {ms:9.3f} ms ({2 * n**3 / ms / 1e6:6.1f} GFLOP/s)"
        if n <= 128:  # beyond, the Python loop takes seconds per product
            assert np.allclose(python_loop(a.tolist(), b.tolist()), a @ b, rtol=1e-4)
            line += f"  python loop {median_ms(python_loop, a.tolist(), b.tolist()):10.1f} ms"
        print(line)
