import { expect, test } from "../support/fixtures";
import { PYTHON_RUN_MS, pythonScratchWith, runPython } from "../support/pythonCell";

// CPython's multiprocessing on Web Workers, run for real in the Python scratch cell: results,
// order and errors as CPython 3.14 gives them with spawn.

test.describe.configure({ timeout: 2 * PYTHON_RUN_MS });

test("every Pool method gives CPython's results, in CPython's order", async ({ page }) => {
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed

def square(x):
    return x * x

def add(a, b):
    return a + b

if __name__ == "__main__":
    print("start method", mp.get_start_method(), mp.current_process().name)
    with mp.Pool(2) as pool:
        print("map", pool.map(square, range(10)))
        print("map chunk 3", pool.map(square, range(7), chunksize=3))
        print("imap", list(pool.imap(square, range(6))))
        print("imap chunk 2", list(pool.imap(square, range(6), chunksize=2)))
        print("imap_unordered", sorted(pool.imap_unordered(square, range(6))))
        print("starmap", pool.starmap(add, [(1, 2), (3, 4)]))
        print("apply", pool.apply(add, (20, 22)))
        print("apply_async", pool.apply_async(square, (9,)).get(timeout=60))
        print("map_async", pool.map_async(square, [1, 2, 3]).get(timeout=60))
        print("starmap_async", pool.starmap_async(add, [(5, 5)]).get(timeout=60))
    pool = mp.Pool(2)
    pool.close()
    pool.join()
    print("closed and joined", all(w.exitcode == 0 for w in pool._pool))
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(square, n) for n in range(5)]
        print("as_completed", sorted(f.result() for f in as_completed(futures)))
        print("executor map", list(executor.map(square, range(5), chunksize=2)))
`,
  );
  const { state, output } = await runPython(cell);
  expect(output).toContain("start method spawn MainProcess");
  expect(output).toContain("map [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]");
  expect(output).toContain("map chunk 3 [0, 1, 4, 9, 16, 25, 36]");
  expect(output).toContain("imap [0, 1, 4, 9, 16, 25]");
  expect(output).toContain("imap chunk 2 [0, 1, 4, 9, 16, 25]");
  expect(output).toContain("imap_unordered [0, 1, 4, 9, 16, 25]");
  expect(output).toContain("starmap [3, 7]");
  expect(output).toContain("apply 42");
  expect(output).toContain("apply_async 81");
  expect(output).toContain("map_async [1, 4, 9]");
  expect(output).toContain("starmap_async [10]");
  expect(output).toContain("closed and joined True");
  expect(output).toContain("as_completed [0, 1, 4, 9, 16]");
  expect(output).toContain("executor map [0, 1, 4, 9, 16]");
  expect(state).toBe("done");
});

test("errors are CPython's: a lambda cannot be pickled, a worker's exception keeps its type, fork is refused, a task a worker cannot unpickle fails alone", async ({
  page,
}) => {
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp

def fails(key):
    return {}[key]

if __name__ == "__main__":
    try:
        mp.set_start_method("fork")
    except ValueError as error:
        print("fork:", error)
    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1])
        except Exception as error:
            print("lambda:", type(error).__name__, error)
        try:
            pool.apply(fails, ("missing",))
        except KeyError as error:
            print("worker raised KeyError", error, "caused by", type(error.__cause__).__name__)

        def only_in_main(x):
            return x

        try:
            pool.apply(only_in_main, (1,))
        except AttributeError as error:
            print("unpickling:", error, *error.__notes__)
        print("the pool goes on:", pool.map(abs, [-1, -2]))
`,
  );
  const { state, output } = await runPython(cell);
  expect(output).toContain(
    "fork: cannot use the 'fork' start method here: a browser tab cannot fork()",
  );
  expect(output).toMatch(/lambda: PicklingError Can't pickle <function <lambda> at 0x[0-9a-f]+>/);
  expect(output).toContain("worker raised KeyError 'missing' caused by RemoteTraceback");
  // Defined under the guard, so the worker's __mp_main__ never ran it.
  expect(output).toContain(
    "unpickling: module '__mp_main__' has no attribute 'only_in_main' (This worker could not unpickle its task.",
  );
  expect(output).toContain("the pool goes on: [1, 2]");
  expect(state).toBe("done");
});

test("a Queue between two Processes, and a Value with and without its Lock", async ({ page }) => {
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp

def produce(queue):
    for n in range(1, 101):
        queue.put(n)
    queue.put(None)

def consume(queue, results):
    total = 0
    while (n := queue.get()) is not None:
        total += n
    results.put(total)

def add(counter, times, locked):
    for _ in range(times):
        if locked:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1

if __name__ == "__main__":
    queue, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=produce, args=(queue,)), mp.Process(target=consume, args=(queue, results))]
    for worker in workers:
        worker.start()
    print("sum through the queue", results.get(timeout=200))
    for worker in workers:
        worker.join()
    print("exit codes", [worker.exitcode for worker in workers], workers[0].name)
    for locked in (False, True):
        counter = mp.Value("i", 0)
        adders = [mp.Process(target=add, args=(counter, 5000, locked)) for _ in range(2)]
        for adder in adders:
            adder.start()
        for adder in adders:
            adder.join()
        print("locked" if locked else "unlocked", counter.value)
`,
  );
  const { state, output } = await runPython(cell);
  expect(output).toContain("sum through the queue 5050");
  expect(output).toContain("exit codes [0, 0] Process-1");
  expect(output).toContain("locked 10000");
  const unlocked = Number(/unlocked (\d+)/.exec(output)?.[1]);
  // Without the lock, updates may be lost (the race the lesson shows), never gained.
  expect(unlocked).toBeGreaterThan(0);
  expect(unlocked).toBeLessThanOrEqual(10000);
  expect(state).toBe("done");
});

test("a script without the __main__ guard fails as CPython's spawn does", async ({ page }) => {
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp

def square(x):
    return x * x

with mp.Pool(2) as pool:
    print(pool.map(square, range(4)))
`,
  );
  const { state, output } = await runPython(cell);
  expect(output).toContain(
    "An attempt has been made to start a new process before the\n        current process has finished its bootstrapping phase.",
  );
  expect(output).toContain('File "/home/pyodide/main.py", line 6, in <module>');
  expect(state).toBe("error");
  await expect(cell.getByText("The program exited with code 1.")).toBeVisible();
});

test("messages longer than a pipe's 1 MB stream through, as through an OS pipe", async ({
  page,
}) => {
  // Each of these pickles to 1.4 to 3 MB; the rings between the processes hold 1 MB.
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp

def total(xs):
    return sum(xs)

def numbers(n):
    return list(range(n))

def producer(q, n):
    q.put(list(range(n)))

def sender(conn, n):
    conn.send(bytes(n))

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print("map in", pool.map(total, [list(range(300_000)), list(range(200_000)), [1, 2]]))
        print("map out", [len(x) for x in pool.map(numbers, [400_000, 5, 300_000])])
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 500_000))
    p.start()
    print("queue", len(q.get()))
    p.join()
    reader, writer = mp.Pipe()
    p = mp.Process(target=sender, args=(writer, 3_000_000))
    p.start()
    print("pipe", len(reader.recv()))
    p.join()
    print("exit code", p.exitcode)
`,
  );
  const { state, output } = await runPython(cell);
  // What CPython 3.11 on this machine prints for the same program.
  expect(output).toContain("map in [44999850000, 19999900000, 3]");
  expect(output).toContain("map out [400000, 5, 300000]");
  expect(output).toContain("queue 500000");
  expect(output).toContain("pipe 3000000");
  expect(output).toContain("exit code 0");
  expect(state).toBe("done");
});

test("imap takes its items as the workers take tasks: an endless iterable works, and its error waits its turn", async ({
  page,
}) => {
  const cell = await pythonScratchWith(
    page,
    `import itertools
import multiprocessing as mp

def square(x):
    return x * x

def items():
    yield 1
    yield 2
    raise ValueError("bad input")

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        endless = pool.imap(square, itertools.count())
        print("first five", [next(endless) for _ in range(5)])
    with mp.Pool(2) as pool:
        failing = pool.imap(square, items())
        print("before", next(failing), next(failing))
        try:
            next(failing)
        except ValueError as error:
            print("raised", repr(error))
        print("after", pool.map(square, range(4)))
`,
  );
  const { state, output } = await runPython(cell);
  // What CPython 3.11 on this machine prints for the same program.
  expect(output).toContain("first five [0, 1, 4, 9, 16]");
  expect(output).toContain("before 1 4");
  expect(output).toContain("raised ValueError('bad input')");
  expect(output).toContain("after [0, 1, 4, 9]");
  expect(state).toBe("done");
});
