"""An extract-transform-load job whose reads and writes wait: serially, in four threads, as four
asyncio coroutines on one thread, and in a pool of four processes. It runs twice: with a light
transform, as on the page, where the waits dominate; then with a heavy one, where the computing
does, as in the course video's ETL case.

time.sleep stands in for a blocking read or write: like them, it releases the GIL while it
waits, so another thread can run Python meanwhile.
"""
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

RECORDS = 32
WAIT = 0.010  # seconds per read or write
TRANSFORM_N = 1_000  # the light transform: find the 1,000th prime, as on the page
HEAVY_TRANSFORM_N = 5_000  # the heavy one: about ten times the computing


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


def shares(records, parts):
    base, extra = divmod(records, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def etl(transform_n, count):
    for _ in range(count):
        time.sleep(WAIT)  # extract: a blocking read, the GIL released
        nth_prime(transform_n)  # transform: Python code, the GIL held
        time.sleep(WAIT)  # load: a blocking write, the GIL released
    return count


async def etl_async(transform_n, count):
    for _ in range(count):
        await asyncio.sleep(WAIT)  # the event loop runs another coroutine meanwhile
        nth_prime(transform_n)  # nothing else runs during this
        await asyncio.sleep(WAIT)
    return count


async def gather_all(transform_n):
    counts = shares(RECORDS, 4)
    return sum(await asyncio.gather(*(etl_async(transform_n, c) for c in counts)))


def in_pool(executor_type, transform_n):
    with executor_type(max_workers=4) as executor:
        return sum(executor.map(partial(etl, transform_n), shares(RECORDS, 4)))


def timed(label, work):
    start = time.perf_counter()
    done = work()
    print(f"{label:>20}: {(time.perf_counter() - start) * 1000:6.0f} ms for {done} records")


if __name__ == "__main__":
    for transform_n in (TRANSFORM_N, HEAVY_TRANSFORM_N):
        print(f"Transform: the {transform_n:,}th prime per record")
        timed("serial (1 thread)", lambda: etl(transform_n, RECORDS))
        timed("4 threads", lambda: in_pool(ThreadPoolExecutor, transform_n))
        timed("asyncio (1 thread)", lambda: asyncio.run(gather_all(transform_n)))
        timed("4 processes", lambda: in_pool(ProcessPoolExecutor, transform_n))
