"""Bigger chunks put more data in flight: rows taken from the input whose sums are not back yet."""
import os
import random
import time
from array import array
from multiprocessing import Pool

ROWS = 256
ROW_LENGTH = 4096  # float64s: 32 KB a row


def row_sum(row):
    return sum(row)


class CountedRows:
    """The rows, counting how many the pool has taken and the most that were out at once."""

    def __init__(self, rows):
        self.rows, self.taken, self.returned, self.peak = rows, 0, 0, 0

    def __iter__(self):
        for row in self.rows:
            self.taken += 1  # Pool's task thread takes rows as fast as the workers' pipe accepts
            self.peak = max(self.peak, self.taken - self.returned)
            yield row


if __name__ == "__main__":
    rng = random.Random(42)
    rows = [array("d", [rng.random() for _ in range(ROW_LENGTH)]) for _ in range(ROWS)]
    row_bytes = ROW_LENGTH * rows[0].itemsize
    workers = os.cpu_count() or 1
    with Pool(workers) as pool:
        pool.map(row_sum, rows)  # before the clock: no timing waits for a worker to start
        for chunksize in (1, 4, 16, 64, 256):
            counted = CountedRows(rows)
            start = time.perf_counter()
            for _ in pool.imap(row_sum, counted, chunksize=chunksize):
                counted.returned += 1
            ms = (time.perf_counter() - start) * 1000
            measured = counted.peak * row_bytes / 1e6
            held = min(ROWS, workers * chunksize) * row_bytes / 1e6  # one chunk in each worker
            print(
                f"chunksize={chunksize:>3}: {ms:5.0f} ms, at most {measured:5.2f} MB out at once "
                f"(the workers' own chunks alone: {held:5.2f} MB)"
            )
