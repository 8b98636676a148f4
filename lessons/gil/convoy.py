"""An I/O thread that waits for replies, alone and beside a CPU-bound thread, at several switch
intervals. A reply's latency: how long after it was due the thread ran Python again.

Run it with a free-threaded build too (python3.14t, or python3.13t): without a GIL the CPU-bound thread no longer delays the replies.
"""
import statistics
import sys
import threading
import time

REPLIES = 20
WAIT = 0.005  # seconds to wait for each reply


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


def wait_for_replies(latencies, done):
    for _ in range(REPLIES):
        due = time.perf_counter() + WAIT
        time.sleep(WAIT)  # waiting for a reply: the GIL is released
        latencies.append(time.perf_counter() - due)  # running Python again: the GIL is back
        nth_prime(100)  # answer it
    done.set()


def crunch(done):
    while not done.is_set():
        nth_prime(2_000)


def median_latency_ms(beside_cpu):
    latencies, done = [], threading.Event()
    threads = [threading.Thread(target=wait_for_replies, args=(latencies, done))]
    if beside_cpu:
        threads.append(threading.Thread(target=crunch, args=(done,)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statistics.median(latencies) * 1000


if __name__ == "__main__":
    for interval_ms in [1, 2, 5, 10, 20]:
        sys.setswitchinterval(interval_ms / 1000)
        alone, beside = median_latency_ms(False), median_latency_ms(True)
        print(f"switch interval {interval_ms:>2} ms: reply latency {alone:5.2f} ms alone, "
              f"{beside:5.2f} ms beside a CPU-bound thread")
