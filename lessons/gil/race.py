"""Four threads each add 1 to a shared counter many times. Without a lock, some additions are lost.

`counter.value = add_one(counter.value)` reads, calls, then writes. The GIL makes each bytecode
atomic, not the three together: a thread can be switched out after its read, and its write then
overwrites the other threads' additions. With the lock, none is lost.

The plain `counter.value += 1` has no call between its read and its write. CPython 3.10 to 3.13
switch threads only when a call starts and at backward jumps, so it lost nothing when we ran
it; nothing in the language promises that. On the free-threaded build (python3.14t) threads run
at the same moment, so both loops can lose additions. The lock is needed either way.
"""
import sys
import threading

THREADS = 4
ADDS = 300_000  # per thread


class Counter:
    value = 0


def add_one(value):
    return value + 1


def plain(counter, lock):
    for _ in range(ADDS):
        counter.value += 1


def with_call(counter, lock):
    for _ in range(ADDS):
        counter.value = add_one(counter.value)  # a switch can fall between the read and the write


def with_lock(counter, lock):
    for _ in range(ADDS):
        with lock:  # one thread at a time reads, adds and writes
            counter.value = add_one(counter.value)


def run(body):
    counter, lock = Counter(), threading.Lock()
    workers = [threading.Thread(target=body, args=(counter, lock)) for _ in range(THREADS)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    expected = THREADS * ADDS
    print(f"{body.__name__:>10}: {counter.value:>7} of {expected}, {expected - counter.value} lost")


if __name__ == "__main__":
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()  # False on python3.14t
    print(f"Python {sys.version.split()[0]}, GIL {'on' if gil_enabled else 'off'}")
    for body in (plain, with_call, with_lock):
        run(body)
