"""A new process per task versus a pool that reuses its processes."""
import os
import time
from multiprocessing import Pool, Process

MOST_TASKS = 32  # rounds of 4, 8, 16, … tasks, up to this many


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def task(_):
    return sum(1 for n in range(20_000) if is_prime(n))


def one_process_per_task(tasks):
    processes = [Process(target=task, args=(i,)) for i in range(tasks)]
    for p in processes:
        p.start()  # spawn starts a whole interpreter; fork and forkserver copy one
    for p in processes:
        p.join()


def reused_pool(pool, tasks):
    pool.map(task, range(tasks))


if __name__ == "__main__":
    with Pool(os.cpu_count()) as pool:  # started once, before the clock
        pool.map(task, range(os.cpu_count()), chunksize=1)  # its workers are up
        tasks = 4
        while tasks <= MOST_TASKS:
            start = time.perf_counter()
            one_process_per_task(tasks)
            per_task = time.perf_counter() - start
            start = time.perf_counter()
            reused_pool(pool, tasks)
            pooled = time.perf_counter() - start
            print(f"{tasks:>3} tasks: {per_task * 1000:6.0f} ms new processes, {pooled * 1000:5.0f} ms pool")
            tasks *= 2
