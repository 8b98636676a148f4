"""The same CPU-bound work on a GUI's own thread and in a second thread (tkinter).

On the GUI thread, the window freezes until the work ends: the spinner stops and what you type
waits. In a thread, the window keeps going: the GIL changes hands about once per switch interval
(5 ms), so the GUI thread gets turns often enough to draw and to read keys. Not on a schedule:
the operating system picks which waiting thread wakes, and C code that holds the GIL makes them
all wait.
"""
import queue
import threading
import tkinter as tk

N = 20_000
SPINNER = "|/-\\"


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


root = tk.Tk()
root.title("Frozen or free")
spinner = tk.Label(root, font=("Courier", 32))
spinner.pack()
tk.Entry(root).pack()  # type here while the work runs
status = tk.Label(root, text="Type in the box, then press a button.")
status.pack()
finished = queue.Queue()  # tkinter belongs to its own thread: workers hand results over
frame = 0


def tick():
    global frame
    frame += 1
    spinner.config(text=SPINNER[frame % len(SPINNER)])
    while not finished.empty():
        status.config(text=f"The {N}th prime is {finished.get()}.")
    root.after(16, tick)  # about 60 times a second, like requestAnimationFrame


def on_gui_thread():
    status.config(text=f"The {N}th prime is {nth_prime(N)}.")  # nothing else runs meanwhile


def in_a_thread():
    status.config(text="Working in a thread…")
    threading.Thread(target=lambda: finished.put(nth_prime(N)), daemon=True).start()


tk.Button(root, text="Run on the GUI thread", command=on_gui_thread).pack()
tk.Button(root, text="Run in a thread", command=in_a_thread).pack()
tick()
root.mainloop()
