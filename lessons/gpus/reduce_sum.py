"""The sum of N float32s on the GPU with CuPy: upload, compute and readback timed apart.

Runs where an NVIDIA GPU and CuPy are installed (pip install cupy-cuda12x). With JAX the
compute step is jnp.sum(x).block_until_ready().
"""
import time

import cupy as cp
import numpy as np


def timed(step):
    start = time.perf_counter()
    result = step()
    cp.cuda.Stream.null.synchronize()  # wait for the GPU, like onSubmittedWorkDone()
    return result, (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    n = 10_000_000
    values = np.random.default_rng(20_260_601).random(n, dtype=np.float32)
    exact = values.sum(dtype=np.float64)  # the reference, in doubles

    cp.sum(cp.asarray(values)).get()  # warm up: compiles the reduction kernel
    on_gpu, upload_ms = timed(lambda: cp.asarray(values))
    total, compute_ms = timed(lambda: cp.sum(on_gpu))  # a tree reduction in float32
    result, readback_ms = timed(lambda: float(total.get()))  # one float back

    print(f"upload {upload_ms:.2f} ms, compute {compute_ms:.2f} ms, readback {readback_ms:.3f} ms")
    print(f"GPU {result:.1f}, float64 {exact:.1f}, relative error {abs(result - exact) / exact:.1e}")
