"""With the guard: a spawned child imports this file as __mp_main__ and skips the guarded block."""
import multiprocessing as mp


def work():
    print(f"the child runs work(); in the child this file is {__name__!r}", flush=True)


print(f"importing this file as {__name__!r}", flush=True)

if __name__ == "__main__":  # true only in the process you started
    child = mp.get_context("spawn").Process(target=work)
    child.start()
    child.join()
    print(f"the child exited with code {child.exitcode}")
    print(f"this Python's default start method: {mp.get_start_method()}")
