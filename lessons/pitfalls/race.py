"""Several processes add to one shared counter: `+=` loses additions, a lock does not."""
import os
import time
from multiprocessing import Process, Value


def add_plain(counter, times):
    for _ in range(times):
        counter.value += 1  # a read, then a write: each takes the lock alone, not together


def add_locked(counter, times):
    for _ in range(times):
        with counter.get_lock():  # the read and the write as one step
            counter.value += 1


def run(label, add, workers, times):
    counter = Value("i", 0)
    processes = [Process(target=add, args=(counter, times)) for _ in range(workers)]
    start = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    elapsed = (time.perf_counter() - start) * 1000
    expected = workers * times
    print(f"{label:>6}: {counter.value:,} of {expected:,} ({expected - counter.value:,} lost) in {elapsed:.0f} ms")


if __name__ == "__main__":
    workers, times = os.cpu_count(), 100_000
    run("plain", add_plain, workers, times)
    run("locked", add_locked, workers, times)
