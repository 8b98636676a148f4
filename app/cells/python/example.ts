/** The Python scratch cell's first code: a small Pool, and what each process is. */
export const PYTHON_SCRATCH_EXAMPLE = `import multiprocessing as mp
import time


def square(x):
    return x * x


def who_am_i(_):
    return mp.current_process().name


if __name__ == "__main__":
    print("cores:", mp.cpu_count(), "| start method:", mp.get_start_method())
    started = time.perf_counter()
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(f"first results {time.perf_counter() - started:.2f} s after Pool(2) was asked for")
        print(sorted(set(pool.map(who_am_i, range(8), chunksize=1))))
`;
