"""starmap, map_async, and imap_unordered with each result tagged by its input's id."""
from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


def total_below(n):
    return sum(range(n))


def tagged_total(task):
    i, n = task
    return i, total_below(n)  # the id travels with the result


if __name__ == "__main__":
    with Pool(2) as pool:
        # starmap unpacks each tuple into arguments: power(2, 10), power(3, 4), power(10, 3).
        print("starmap:", pool.starmap(power, [(2, 10), (3, 4), (10, 3)]))

        # map_async returns at once with a handle; .get() waits for the whole list.
        pending = pool.map_async(total_below, [300_000] * 4)
        print("map_async returned; ready yet?", pending.ready())
        print("map_async .get():", pending.get())

        # imap_unordered yields in finishing order: task 0 is the biggest, so it comes late.
        sizes = [2_000_000, 1_000, 2_000, 3_000]
        totals = {}
        for i, total in pool.imap_unordered(tagged_total, enumerate(sizes)):
            print(f"task {i} finished")
            totals[i] = total
        print("in input order:", [totals[i] for i in range(len(sizes))])
