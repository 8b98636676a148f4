"""BLAS threads in a process pool: each worker's BLAS starts as many threads as there are cores,
unless its variables say otherwise before NumPy loads it. Pool x BLAS threads > cores is
oversubscription."""
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor

# Every BLAS NumPy may load reads one of these, once, when it is loaded (at `import numpy`):
# OpenMP builds, OpenBLAS, MKL, Apple's Accelerate (vecLib), and numexpr's own pool.
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
N = 1024
PRODUCTS = 16


def blas_threads():
    """How many threads this process's BLAS uses, if threadpoolctl is installed."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "?"
    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    return ", ".join(map(str, blas))


def warm_up():
    import numpy as np  # the worker's BLAS reads the variables here, once

    np.ones((64, 64), dtype=np.float32) @ np.ones((64, 64), dtype=np.float32)


def one_product(seed):
    import numpy as np

    rng = np.random.default_rng(seed)
    a = rng.random((N, N), dtype=np.float32)
    b = rng.random((N, N), dtype=np.float32)
    return float((a @ b)[0, 0]), blas_threads()


if __name__ == "__main__":
    cores = os.cpu_count() or 1
    # The main process never imports NumPy: each worker loads its own BLAS after the
    # variables are set. A spawned worker starts with os.environ as it is at that moment (a
    # forkserver's workers would get the server's, set when the first pool started).
    spawn = multiprocessing.get_context("spawn")
    for threads in (None, 1):
        for name in THREAD_VARIABLES:
            if threads is None:
                os.environ.pop(name, None)  # the default: one BLAS thread per core
            else:
                os.environ[name] = str(threads)
        with ProcessPoolExecutor(cores, mp_context=spawn, initializer=warm_up) as pool:
            list(pool.map(one_product, range(cores)))  # untimed: the workers start
            start = time.perf_counter()
            answers = list(pool.map(one_product, range(PRODUCTS)))
            seconds = time.perf_counter() - start
        label = "unset (one per core)" if threads is None else f"set to {threads}"
        print(
            f"{cores} workers, BLAS threads {label}: BLAS threads per worker {answers[0][1]}, "
            f"{PRODUCTS} products of {N}x{N} in {seconds:.2f} s"
        )
