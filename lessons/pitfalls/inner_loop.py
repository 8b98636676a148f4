"""A Mandelbrot picture: parallelise the outer loop (rows), not the inner one (points)."""
import os
import time
from multiprocessing import Pool

WIDTH, LIMIT = 200, 500


def escape_time(point):
    re, im = point
    x = y = 0.0
    steps = 0
    while steps < LIMIT and x * x + y * y <= 4:
        x, y = x * x - y * y + re, 2 * x * y + im
        steps += 1
    return steps


def row_points(im):
    return [(-2 + 3 * column / WIDTH, im) for column in range(WIDTH)]


def mandelbrot_row(im):
    return sum(escape_time(point) for point in row_points(im))


def timed(label, work):
    start = time.perf_counter()
    total = work()
    print(f"{label:>6}: {total:,} iterations in {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    rows = 64
    heights = [-1.2 + 2.4 * row / (rows - 1) for row in range(rows)]
    with Pool(os.cpu_count()) as pool:
        pool.map(escape_time, row_points(0.0))  # warm up: every worker started and ready
        # One map over the rows: a few big chunks, a few messages.
        timed("outer", lambda: sum(pool.map(mandelbrot_row, heights)))
        # One map per row: rows x (4 x cores) chunks, and a wait for the slowest at every row.
        timed("inner", lambda: sum(sum(pool.map(escape_time, row_points(im))) for im in heights))
