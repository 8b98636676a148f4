"""``concurrent.futures.ProcessPoolExecutor`` on the browser's processes.

CPython's executor feeds its workers from a manager thread; here it is a ``Pool`` underneath,
and a future that is waited on (``result``, ``as_completed``, ``wait``) pumps that pool, since
no thread fills it meanwhile. Nested executors work, as in CPython: their workers are not
daemonic.
"""

import concurrent.futures
import functools
import itertools
import os
import time
from concurrent.futures import _base
from concurrent.futures import process as cf_process

import multiprocessing

from .js import deadline, slice_ms
from .pool import Pool, WorkerLost


class PumpedFuture(_base.Future):
    """A future whose waiting pumps the executor's pool."""

    def __init__(self, executor):
        super().__init__()
        self._executor = executor

    def _pump_until_done(self, timeout):
        until = deadline(timeout)
        while not self.done():
            if until is not None and slice_ms(until) == 0:
                return
            self._executor._pump(until)

    def result(self, timeout=None):
        self._pump_until_done(timeout)
        return super().result(0 if not self.done() else None)

    def exception(self, timeout=None):
        self._pump_until_done(timeout)
        return super().exception(0 if not self.done() else None)


class _ExecutorPool(Pool):
    """Executor workers are not daemonic in CPython, so they may start processes of their own."""

    _daemonic_workers = False

    def _start_worker(self):
        super()._start_worker()
        worker = self._pool[-1]
        worker.name = worker.name.replace("PoolWorker", "Process")


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):  # fmt: skip
        if max_workers is None:
            max_workers = os.process_cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._settings = (initializer, initargs, max_tasks_per_child)
        self._context = mp_context or multiprocessing.get_context()
        self._pool = None
        self._futures = set()
        self._shutdown = False
        self._broken = None

    def _pump(self, until=None):
        self._pool._pump(until)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise cf_process.BrokenProcessPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if self._pool is None:
            # CPython also starts its processes on the first submit.
            initializer, initargs, max_tasks = self._settings
            self._pool = _ExecutorPool(
                self._max_workers, initializer, initargs, max_tasks,
                context=self._context,
            )  # fmt: skip
        future = PumpedFuture(self)
        self._futures.add(future)

        def settle(outcome, failed):
            self._futures.discard(future)
            if future.cancelled():
                return
            if failed and isinstance(outcome, WorkerLost):
                self._broken = str(outcome)
                outcome = cf_process.BrokenProcessPool(str(outcome))
            (future.set_exception if failed else future.set_result)(outcome)

        self._pool.apply_async(
            fn, args, kwargs,
            callback=lambda value: settle(value, False),
            error_callback=lambda error: settle(error, True),
        )  # fmt: skip
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(
            functools.partial(cf_process._process_chunk, fn),
            itertools.batched(zip(*iterables), chunksize),
            timeout=timeout,
            buffersize=buffersize,
        )
        return cf_process._chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for future in list(self._futures):
                future.cancel()
        if self._pool is None:
            return
        if wait:
            while any(not future.done() for future in self._futures):
                self._pump()
            self._pool.close()
            self._pool.join()
        else:
            self._pool.terminate()


def as_completed(fs, timeout=None):
    """``concurrent.futures.as_completed``, pumping the pools of Corelab's futures."""
    fs = set(fs)
    if not all(isinstance(future, PumpedFuture) for future in fs):
        yield from _original_as_completed(fs, timeout)
        return
    until = deadline(timeout)
    pending = set(fs)
    while pending:
        for future in [future for future in pending if future.done()]:
            pending.discard(future)
            yield future
        if not pending:
            return
        if until is not None and time.monotonic() >= until:
            raise TimeoutError(f"{len(pending)} (of {len(fs)}) futures unfinished")
        next(iter(pending))._executor._pump(until)


def wait(fs, timeout=None, return_when=_base.ALL_COMPLETED):
    """``concurrent.futures.wait``, pumping the pools of Corelab's futures."""
    fs = set(fs)
    if not all(isinstance(future, PumpedFuture) for future in fs):
        return _original_wait(fs, timeout, return_when)
    until = deadline(timeout)

    def settled():
        done = {future for future in fs if future.done()}
        if return_when == _base.FIRST_COMPLETED and done:
            return True
        if return_when == _base.FIRST_EXCEPTION and any(
            not future.cancelled() and future.exception(0) for future in done
        ):
            return True
        return len(done) == len(fs)

    while not settled() and not (until is not None and time.monotonic() >= until):
        next(future for future in fs if not future.done())._executor._pump(until)
    done = {future for future in fs if future.done()}
    return _base.DoneAndNotDoneFutures(done, fs - done)


_original_as_completed = _base.as_completed
_original_wait = _base.wait


def install():
    cf_process.ProcessPoolExecutor = ProcessPoolExecutor
    concurrent.futures.ProcessPoolExecutor = ProcessPoolExecutor
    for module in (concurrent.futures, _base):
        module.as_completed = as_completed
        module.wait = wait
