"""Value and Array beyond the race: which shared objects come with a lock, and which do not."""
from multiprocessing import Array, Event, Process, RawArray, RawValue, Semaphore, Value

ADDS = 100_000


def add_to_every_slot(numbers, ready, go, times):
    ready.release()
    go.wait()
    for _ in range(times):
        with numbers.get_lock():  # one lock for the whole array, held for the whole update
            for i in range(len(numbers)):
                numbers[i] += 1


def add_without_lock(counter, ready, go, times):
    ready.release()
    go.wait()
    for _ in range(times):
        counter.value += 1  # a read, then a write, and nothing stops the other process between


def run_two(target, shared):
    """Two processes that start adding once both are ready, so that their work overlaps."""
    ready, go = Semaphore(0), Event()
    processes = [Process(target=target, args=(shared, ready, go, ADDS)) for _ in range(2)]
    for process in processes:
        process.start()
    for _ in processes:
        ready.acquire()
    go.set()
    for process in processes:
        process.join()


if __name__ == "__main__":
    numbers = Array("i", 3)  # synchronized: it carries a lock, reached with get_lock()
    run_two(add_to_every_slot, numbers)
    print(f"Array, get_lock() held: {numbers[:]} (expected {2 * ADDS:,} in every slot)")

    for label, counter in [("Value(lock=False)", Value("i", 0, lock=False)), ("RawValue", RawValue("i", 0))]:
        run_two(add_without_lock, counter)
        lost = 2 * ADDS - counter.value
        print(f"{label}: {counter.value:,} of {2 * ADDS:,}, {lost:,} lost; get_lock: {hasattr(counter, 'get_lock')}")

    raw = RawArray("d", [1.5, 2.5, 3.5])  # a plain ctypes array in shared memory, no lock
    print(f"RawArray: {raw[:]}, get_lock: {hasattr(raw, 'get_lock')}")
