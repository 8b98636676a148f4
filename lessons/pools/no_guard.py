"""No `if __name__ == "__main__":` guard: under spawn, the child runs this file again and fails."""
import multiprocessing as mp


def greet():
    print("hello from the child")


print(f"running this file as {__name__!r}", flush=True)
spawn = mp.get_context("spawn")  # the default on macOS and Windows, and the browser's only one
child = spawn.Process(target=greet)
child.start()  # in the child, this line raises: the child is still importing this file
child.join()
print(f"the child exited with code {child.exitcode}")
