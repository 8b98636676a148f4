"""Find the N-th prime for four neighbouring N: serially, in four threads, in four processes
started for the job, and in a pool of four started beforehand.

Run it with the usual CPython and with the free-threaded build (python3.14t, officially
supported since 3.14 by PEP 779; python3.13t was experimental) to compare. The free-threaded
build runs each thread a little slower, so its serial time is longer too.
"""
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

N = 20_000  # smaller than on the page: CPython runs this loop slower than JIT-compiled JavaScript


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


def nth_prime(n):
    found, candidate = 0, 1
    while found < n:
        candidate += 1
        if is_prime(candidate):
            found += 1
    return candidate


def serial(ns):
    return [nth_prime(n) for n in ns]


def threads(ns):
    results = [None] * len(ns)

    def work(i, n):
        results[i] = nth_prime(n)

    workers = [threading.Thread(target=work, args=(i, n)) for i, n in enumerate(ns)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return results


def processes(ns):
    # Started inside the timing: each process pays for a new interpreter.
    with ProcessPoolExecutor(max_workers=len(ns)) as executor:
        return list(executor.map(nth_prime, ns))


def timed(label, work):
    start = time.perf_counter()
    primes = work()
    ms = (time.perf_counter() - start) * 1000
    print(f"{label:>26}: {ms:7.0f} ms   largest prime {max(primes)}")


if __name__ == "__main__":
    sys.setswitchinterval(0.005)  # the default, 5 ms; try 0.0005 or 0.05
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()  # False on python3.14t
    ns = [N + i for i in range(4)]
    timed("serial (1 thread)", lambda: serial(ns))
    timed(f"4 threads ({'GIL' if gil_enabled else 'free-threaded'})", lambda: threads(ns))
    timed("4 processes", lambda: processes(ns))
    with Pool(4) as pool:  # started before the clock
        timed("pool of 4", lambda: pool.map(nth_prime, ns, chunksize=1))
