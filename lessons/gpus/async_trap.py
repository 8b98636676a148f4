"""The asynchronous-timing trap in JAX: time the call, then time it until the result is ready.

Runs where JAX has a GPU (pip install "jax[cuda12]"); on a CPU-only JAX the gap is smaller.
"""
import time

import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    return x + x * x + x * x * x


values = jax.device_put(jax.random.uniform(jax.random.key(20_260_601), (10_000_000,)))
f(values).block_until_ready()  # warm up: compile once

start = time.perf_counter()
result = f(values)  # returns as soon as the work is queued
dispatch_ms = (time.perf_counter() - start) * 1000

start = time.perf_counter()
f(values).block_until_ready()  # waits for the device to finish
done_ms = (time.perf_counter() - start) * 1000

print(f"call only: {dispatch_ms:.3f} ms; until ready: {done_ms:.3f} ms")
