"""Monte Carlo pi: a Python loop and NumPy, counting points inside the quarter circle."""
import random
import time

import numpy as np


def python_loop(samples, seed):
    rng = random.Random(seed)
    hits = 0
    for _ in range(samples):  # one interpreted step, and a branch, per point
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1:
            hits += 1
    return hits


def numpy_vectorised(samples, seed):
    # The generator fills whole arrays in C; the test is one ufunc over them, no branch per
    # point. The points go through memory first: 2 float32 arrays of `samples` each.
    rng = np.random.default_rng(seed)
    x = rng.random(samples, dtype=np.float32)
    y = rng.random(samples, dtype=np.float32)
    return int(np.count_nonzero(x * x + y * y <= 1))


def median_ms_and_hits(run, samples, seed, repeats=5):
    run(samples, seed)  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        hits = run(samples, seed)
        times.append((time.perf_counter() - start) * 1000)
    times.remove(max(times))  # drop the slowest trial
    return float(np.median(times)), hits


if __name__ == "__main__":
    # Python's and NumPy's generators differ from each other and from the page's xorshift32
    # lanes, so their counts differ too; each is exactly reproducible from its seed.
    for samples in (10_000, 100_000, 1_000_000, 10_000_000):
        line = f"{samples:>10,} points:"
        for run in (numpy_vectorised, python_loop):
            if run is python_loop and samples > 1_000_000:
                continue  # seconds per run
            ms, hits = median_ms_and_hits(run, samples, seed=20_260_622)
            line += f"  {run.__name__} {ms:9.2f} ms (pi ~ {4 * hits / samples:.4f})"
        print(line)
