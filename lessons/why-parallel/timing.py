"""Two clocks time the same Pool run. time.perf_counter is a wall clock: it counts the time you
wait. time.process_time counts only the CPU time of this process, so it misses the work the pool's
processes do, and counts nothing while this process sleeps or waits for them.
"""
import time
from multiprocessing import Pool

N = 400_000  # count the primes below N, in four pieces
PROCESSES = 2


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


def count_primes(bounds):
    start, stop = bounds
    return sum(1 for n in range(start, stop) if is_prime(n))


def both_clocks(label, work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:>28}: perf_counter {wall:6.3f} s, process_time {cpu:6.3f} s")
    return result


if __name__ == "__main__":
    print(f"process_time reads {time.get_clock_info('process_time').implementation}")
    pieces = [(i * N // 4, (i + 1) * N // 4) for i in range(4)]
    both_clocks("in this process", lambda: count_primes((0, N)))
    both_clocks("time.sleep(0.5)", lambda: time.sleep(0.5))
    with Pool(PROCESSES) as pool:
        pool.map(count_primes, [(0, 10)] * PROCESSES)  # warm-up: the processes have started
        primes = both_clocks(f"Pool({PROCESSES}).map", lambda: sum(pool.map(count_primes, pieces)))
        pending = both_clocks("map_async, not waited for", lambda: pool.map_async(count_primes, pieces))
        both_clocks("waiting for its result", lambda: sum(pending.get()))
    print(f"{primes} primes below {N}")
