"""Nested parallelism: a process pool whose tasks each run NumPy, which starts BLAS threads.

Run it twice and compare:
    python nested_pools.py 1    # one BLAS thread per process: cores threads in all
    python nested_pools.py 4    # four per process: cores x 4 threads on cores cores
"""
import os
import sys

THREADS = sys.argv[1] if len(sys.argv) > 1 else "1"
# BLAS reads these once, when NumPy loads it; the pool's processes inherit them.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = THREADS

import time  # noqa: E402
from multiprocessing import Pool  # noqa: E402

import numpy as np  # noqa: E402


def task(seed):
    """One task's share: a matrix product, which BLAS splits over its own threads."""
    matrix = np.random.default_rng(seed).random((1500, 1500))
    return float((matrix @ matrix).sum())


if __name__ == "__main__":
    cores = os.cpu_count()
    with Pool(cores) as pool:
        pool.map(task, range(cores))  # warm up: load NumPy and BLAS in every process
        start = time.perf_counter()
        pool.map(task, range(4 * cores))
        elapsed = (time.perf_counter() - start) * 1000
    print(f"{THREADS} BLAS thread(s) per process, {cores} processes: {elapsed:.0f} ms")
    # Libraries can also be limited from inside: threadpoolctl.threadpool_limits(1).
