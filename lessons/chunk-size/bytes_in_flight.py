"""Bigger chunks put more data in flight at once: pickled, sent, and held by the workers."""
import os
import time
from multiprocessing import Pool

import numpy as np


def row_sum(row):
    return float(row.sum())


if __name__ == "__main__":
    rng = np.random.default_rng(42)
    rows = list(rng.random((256, 4096)))  # 256 rows of 32 KB: 8 MB in all
    with Pool(os.cpu_count()) as pool:
        for chunksize in (1, 4, 16, 64, 256):
            start = time.perf_counter()
            sums = list(pool.imap(row_sum, rows, chunksize=chunksize))
            # Each message carries chunksize rows; each worker holds one chunk at a time.
            in_flight = os.cpu_count() * chunksize * rows[0].nbytes
            print(f"chunksize={chunksize:>3}: {(time.perf_counter() - start) * 1000:5.0f} ms, about {in_flight / 1e6:.2f} MB in flight")
