"""A new process per task versus a pool that reuses its processes."""
import os
import time
from multiprocessing import Pool, Process


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
        p.start()  # each start forks or spawns a whole interpreter
    for p in processes:
        p.join()


def reused_pool(pool, tasks):
    pool.map(task, range(tasks))


if __name__ == "__main__":
    with Pool(os.cpu_count()) as pool:  # started once, before the clock
        for tasks in (4, 8, 16, 32):
            start = time.perf_counter()
            one_process_per_task(tasks)
            per_task = time.perf_counter() - start
            start = time.perf_counter()
            reused_pool(pool, tasks)
            pooled = time.perf_counter() - start
            print(f"{tasks:>3} tasks: {per_task * 1000:6.0f} ms new processes, {pooled * 1000:5.0f} ms pool")
