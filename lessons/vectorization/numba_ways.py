"""f(x) = x + x*x + x*x*x in Numba: @vectorize for one core and for all cores (the page's WASM
SIMD and the lanes it fills), and @njit(parallel=True) with prange (the page's WASM threads)."""
import time

import numpy as np
from numba import njit, prange, vectorize

SIGNATURE = ["float32(float32)"]  # targets other than "cpu" need the types up front


@vectorize(SIGNATURE, target="cpu")  # a ufunc: one C-speed loop, SIMD where LLVM can
def f_cpu(x):
    return x + x * x + x * x * x


@vectorize(SIGNATURE, target="parallel")  # the same ufunc, its loop split over threads
def f_parallel(x):
    return x + x * x + x * x * x


# target="cuda" compiles the same function for an NVIDIA GPU (the numba-cuda package): the
# arrays then travel to the GPU and back, as the GPUs lesson measures.


@njit(parallel=True)
def f_prange(values, out):
    for i in prange(values.size):  # each thread takes its own chunk of i, as the WASM threads do
        x = values[i]
        out[i] = x + x * x + x * x * x


def median_ms(run, repeats=7):
    run()  # the first call compiles (or starts the threads): never timed
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


if __name__ == "__main__":
    values = np.random.default_rng(20_260_601).random(3_000 * 3_000, dtype=np.float32)
    out = np.empty_like(values)
    expected = values + values * values + values * values * values
    ways = {
        "NumPy, five ufuncs": lambda: np.add(values, values * values + values * values * values, out=out),
        "@vectorize target=cpu": lambda: f_cpu(values, out=out),
        "@vectorize target=parallel": lambda: f_parallel(values, out=out),
        "@njit(parallel=True), prange": lambda: f_prange(values, out),
        "copy (np.copyto)": lambda: np.copyto(out, values),
    }
    for name, run in ways.items():
        ms = median_ms(run)
        if not name.startswith("copy"):
            assert np.allclose(out, expected, rtol=1e-6), name
        print(f"{name:<30} {ms:8.2f} ms")
