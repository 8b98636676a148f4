"""Sending a big array to a worker process: copy (pickle), share, or send a recipe."""
import time
from multiprocessing import Pool, shared_memory

import numpy as np

SEED = 20240501
SIZES_MIB = (1, 4, 16, 64)


def checksum(values):
    return float(values.sum())


def checksum_shared(name, length):
    block = shared_memory.SharedMemory(name=name)  # attach: no copy
    try:
        return checksum(np.ndarray(length, dtype=np.float64, buffer=block.buf))
    finally:
        block.close()  # every process closes its own view; only the owner unlinks


def checksum_from_recipe(seed, length):
    return checksum(np.random.default_rng(seed).random(length))


def timed(label, work):
    start = time.perf_counter()
    work()
    print(f"{label:>8}: {(time.perf_counter() - start) * 1000:8.1f} ms")


if __name__ == "__main__":
    # One block for every size, made before the pool: its workers then report to this process's
    # resource tracker, which the unlink below tells the block is gone.
    block = shared_memory.SharedMemory(create=True, size=max(SIZES_MIB) * 1024 * 1024)
    try:
        with Pool(1) as pool:  # one worker: this is about moving data, not about cores
            for mib in SIZES_MIB:
                length = mib * 1024 * 1024 // 8
                values = np.random.default_rng(SEED).random(length)
                np.ndarray(length, dtype=np.float64, buffer=block.buf)[:] = values
                print(f"{mib} MiB")
                # Pickled here, piped to the worker, unpickled there: every byte copied twice.
                timed("copy", lambda: pool.apply(checksum, (values,)))
                # Python has no transfer: a process cannot hand its memory to another.
                timed("shared", lambda: pool.apply(checksum_shared, (block.name, length)))
                timed("recipe", lambda: pool.apply(checksum_from_recipe, (SEED, length)))
    finally:
        block.close()
        block.unlink()  # once, by the process that created it, even after an error
