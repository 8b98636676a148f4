"""f(x) = x + x*x + x*x*x on the GPU with CuPy, transfers included, against NumPy on one core.

Runs where an NVIDIA GPU and CuPy are installed (pip install cupy-cuda12x); not in the browser.
"""
import time

import cupy as cp
import numpy as np


def f(x):
    return x + x * x + x * x * x


def gpu_with_transfers(values):
    on_gpu = cp.asarray(values)  # upload: host to device
    result = f(on_gpu)  # queued: returns before the GPU has finished
    return cp.asnumpy(result)  # readback waits for the GPU, then copies back


def median_ms(run, values, repeats=5):
    run(values)  # warm up: compiles the kernels, allocates the pools
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(values)
        times.append((time.perf_counter() - start) * 1000)
    times.remove(max(times))  # drop the slowest trial
    return float(np.median(times))


if __name__ == "__main__":
    rng = np.random.default_rng(20_260_601)
    for n in np.geomspace(1_000, 10_000_000, 9).astype(int):
        values = rng.random(n, dtype=np.float32)
        cpu, gpu = median_ms(f, values), median_ms(gpu_with_transfers, values)
        print(f"{n:>10,} floats: NumPy {cpu:8.2f} ms, CuPy with transfers {gpu:8.2f} ms")
