"""An extract-transform-load job whose reads and writes wait: serially, in four threads, and as
four asyncio coroutines on one thread.

time.sleep stands in for a blocking read or write: like them, it releases the GIL while it
waits, so another thread can run Python meanwhile.
"""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

RECORDS = 32
WAIT = 0.010  # seconds per read or write
TRANSFORM_N = 1_000


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


def etl(count):
    for _ in range(count):
        time.sleep(WAIT)  # extract: a blocking read, the GIL released
        nth_prime(TRANSFORM_N)  # transform: Python code, the GIL held
        time.sleep(WAIT)  # load: a blocking write, the GIL released
    return count


async def etl_async(count):
    for _ in range(count):
        await asyncio.sleep(WAIT)  # the event loop runs another coroutine meanwhile
        nth_prime(TRANSFORM_N)  # nothing else runs during this
        await asyncio.sleep(WAIT)
    return count


async def gather_all():
    return sum(await asyncio.gather(*(etl_async(c) for c in shares(RECORDS, 4))))


def threads():
    with ThreadPoolExecutor(max_workers=4) as executor:
        return sum(executor.map(etl, shares(RECORDS, 4)))


def timed(label, work):
    start = time.perf_counter()
    done = work()
    print(f"{label:>20}: {(time.perf_counter() - start) * 1000:6.0f} ms for {done} records")


if __name__ == "__main__":
    timed("serial (1 thread)", lambda: etl(RECORDS))
    timed("4 threads", threads)
    timed("asyncio (1 thread)", lambda: asyncio.run(gather_all()))
