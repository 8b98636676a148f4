"""Beyond map: numbers every process sees, in shared memory: a Value and an Array."""
from multiprocessing import Array, Process, Value


def count(total, per_worker, worker, n):
    for _ in range(n):
        with total.get_lock():  # += reads then writes: without the lock, updates get lost
            total.value += 1
    per_worker[worker] = n  # each worker writes its own slot: no lock needed


if __name__ == "__main__":
    total = Value("i", 0)  # one C int, with a lock
    per_worker = Array("i", 2)  # two C ints, zeroed
    workers = [Process(target=count, args=(total, per_worker, w, 1_000)) for w in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("Value:", total.value)
    print("Array:", list(per_worker))
