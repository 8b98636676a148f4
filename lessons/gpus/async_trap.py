"""The asynchronous-timing trap in JAX: the launch returns before the work is done.

Runs where JAX has a GPU (pip install "jax[cuda12]"). A CPU-only JAX dispatches asynchronously
too, so the gap shows there as well, but smaller.
"""
import statistics
import time

import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    return x + x * x + x * x * x


def launch_and_ready_ms(values):
    """One call, timed twice from the same start: when f returns, and when its result is ready."""
    start = time.perf_counter()
    result = f(values)  # returns as soon as the work is queued
    launched = time.perf_counter()
    result.block_until_ready()  # waits for the device to finish this call
    ready = time.perf_counter()
    return (launched - start) * 1000, (ready - start) * 1000


if __name__ == "__main__":
    values = jax.random.uniform(jax.random.key(20_260_601), (10_000_000,), dtype=jnp.float32)
    values.block_until_ready()  # the input is made before any clock
    # Warm up: the first call traces and compiles f. Wait for it, or its work spills into the
    # next timing: a call queued behind an unfinished one waits for it too.
    f(values).block_until_ready()

    timings = [launch_and_ready_ms(values) for _ in range(20)]
    launch_ms = statistics.median(launch for launch, _ in timings)
    ready_ms = statistics.median(ready for _, ready in timings)
    print(f"launch only: {launch_ms:.3f} ms; until ready: {ready_ms:.3f} ms (medians of 20 calls)")
