"""``multiprocessing.Pool`` on the browser's processes.

CPython's ``Pool`` runs three threads in the parent: one feeds tasks into a pipe, one reads
results from another, one replaces workers that exit. This interpreter has no threads, so the
parent does that work itself whenever it waits (``get``, ``next``, ``join``): it *pumps*, and
takes an ``imap``'s items from its iterable as the task pipe has room for them. What
crosses the pipes is almost the same: tasks in chunks, each its job and index then its pickled
``(function, arguments, keywords)`` (``TASK_HEADER``), and pickled ``(job, index, (success,
value))`` results. The result classes (``pool_results``), chunking and error wrapping are
CPython's own (``multiprocessing.pool``).
"""

import collections
import os
import struct

import multiprocessing
from multiprocessing import pool as mp_pool
from multiprocessing.reduction import ForkingPickler

from . import connection
from .js import slice_ms
from .pool_results import ApplyResult, IMapIterator, IMapUnorderedIterator, MapResult

INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"

# CPython's chunking, taken before ``install`` puts this Pool in ``multiprocessing.pool``.
_get_tasks = mp_pool.Pool._get_tasks

#: What a task message starts with: its job and index, outside the pickle, so that a worker that
#: cannot unpickle the task can still fail the right one. CPython pickles all five together; two
#: numbers packed cost 0.3 µs here, against 4.7 µs for a second pickle.
TASK_HEADER = struct.Struct("<qq")
#: The message that tells a worker to exit (CPython's is a pickled ``None``).
STOP = b""


class WorkerLost(RuntimeError):
    """A worker exited while its pool still had work for it."""


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """A pool worker's loop, CPython's ``multiprocessing.pool.worker`` on shared-memory pipes."""
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        message = connection.read(inqueue)
        if message == STOP:
            break
        job, i = TASK_HEADER.unpack_from(message)
        try:
            func, args, kwds = ForkingPickler.loads(memoryview(message)[TASK_HEADER.size :])
        except Exception as error:
            error.add_note(
                "(This worker could not unpickle its task. CPython's worker would die here, "
                "and its pool would wait forever for the lost task.)"
            )
            result = (False, mp_pool.ExceptionWithTraceback(error, error.__traceback__))
        else:
            try:
                result = (True, func(*args, **kwds))
            except Exception as error:
                result = (False, mp_pool.ExceptionWithTraceback(error, error.__traceback__))
        try:
            message = ForkingPickler.dumps((job, i, result))
        except Exception as error:
            wrapped = mp_pool.MaybeEncodingError(error, result[1])
            message = ForkingPickler.dumps((job, i, (False, wrapped)))
        connection.write(outqueue, message)
        completed += 1


class Pool:
    """``Pool(processes)``: ``map``, ``imap``, ``imap_unordered``, ``starmap``, ``apply`` and their
    ``_async`` forms, ``close``, ``join``, ``terminate``, ``with``; chunk sizes as in CPython."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):  # fmt: skip
        self._state = INIT
        self._ctx = context or multiprocessing.get_context()
        self._cache = {}
        self._outbox = collections.deque()
        self._feeds = collections.deque()
        self._pool = []
        if processes is None:
            processes = os.process_cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._worker_args = (initializer, initargs, maxtasksperchild)
        self._taskqueue = connection.new_pipe()
        self._outqueue = connection.new_pipe()
        try:
            for _ in range(processes):
                self._start_worker()
        except Exception:
            for started in self._pool:
                started.terminate()
            raise
        self._state = RUN

    #: CPython's Pool workers are daemonic (so they cannot start processes); an executor's are not.
    _daemonic_workers = True

    def _start_worker(self):
        process = self._ctx.Process(
            target=worker, args=(self._taskqueue, self._outqueue, *self._worker_args)
        )
        process.name = process.name.replace("Process", "PoolWorker")
        process.daemon = self._daemonic_workers
        process.start()
        self._pool.append(process)

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} state={self._state} pool_size={len(self._pool)}>"

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ── Sending tasks and receiving results ─────────────────────────────────────────────────

    def _submit(self, job, i, func, args, kwds):
        """Queues one task. Behind an ``imap`` still being fed it waits its turn, as in CPython,
        whose one task thread takes each call's tasks in the order the calls were made."""
        message = self._pickled(job, i, func, args, kwds)
        if message is None:
            return
        if self._feeds:
            self._feeds.append(self._queued(message))
        else:
            self._outbox.append(message)

    def _pickled(self, job, i, func, args, kwds):
        """The task's message, or None: a pickling error fails its job, as CPython's task thread
        does."""
        try:
            body = ForkingPickler.dumps((func, args, kwds))
        except Exception as error:
            self._cache[job]._set(i, (False, error))
            return None
        return TASK_HEADER.pack(job, i) + body

    def _queued(self, message):
        self._outbox.append(message)
        yield

    def _feed(self, result, func, tasks):
        """Queues an ``imap``'s tasks one at a time, as the task queue takes them: CPython's task
        thread consumes the iterable so, and an exception from it fails the task at that index
        when the reader gets there, not the call to ``imap``."""
        i = -1
        try:
            for i, args in enumerate(tasks):
                message = self._pickled(result._job, i, func, args, {})
                if message is not None:
                    self._outbox.append(message)
                yield
        except Exception as error:
            i += 1
            result._set(i, (False, error))
        result._set_length(i + 1)

    def _flush(self):
        """Writes queued tasks while the task queue has room, feeding ``imap``s as it goes."""
        while self._outbox or self._feeds:
            if not self._outbox:
                if next(self._feeds[0], StopIteration) is StopIteration:
                    self._feeds.popleft()
                continue
            if not connection.write(self._taskqueue, self._outbox[0], timeout=0, resumable=True):
                return
            self._outbox.popleft()

    def _pump(self, until=None):
        """Sends what fits, then waits one slice for a result and hands it to its job."""
        self._flush()
        data = connection.read(self._outqueue, timeout=slice_ms(until) / 1000)
        if data is None:
            self._check_workers()
            return
        job, i, obj = ForkingPickler.loads(data)
        result = self._cache.get(job)
        if result is not None:
            result._set(i, obj)

    def _check_workers(self):
        """A worker that exited: replaced when it retired (``maxtasksperchild``); otherwise every
        waiting job fails, where CPython's pool would start a new worker and wait forever."""
        for process in list(self._pool):
            code = process.exitcode
            if code is None or self._state == TERMINATE:
                continue
            self._pool.remove(process)
            if code == 0 and self._state == RUN and self._worker_args[2] is not None:
                self._start_worker()
                continue
            if self._cache:
                error = WorkerLost(
                    f"pool worker {process.name} exited with code {code} while the pool had "
                    "work for it (its traceback, if any, is printed above). CPython's Pool "
                    "would start a new worker and wait forever for the lost task."
                )
                for result in list(self._cache.values()):
                    result._set_failed(error)
                self.terminate()
                return

    # ── CPython's API ───────────────────────────────────────────────────────────────────────

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, args, kwds)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mp_pool.mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mp_pool.starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mp_pool.mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(
            func, iterable, mp_pool.starmapstar, chunksize, callback, error_callback
        )

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):  # fmt: skip
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            # CPython's rule: about four chunks per worker.
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        for i, batch in enumerate(_get_tasks(func, iterable, chunksize)):
            self._submit(result._job, i, mapper, (batch,), {})
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, iterator_class, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError(f"Chunksize must be 1+, not {chunksize:n}")
        result = iterator_class(self)
        if chunksize == 1:
            self._feeds.append(self._feed(result, func, ((item,) for item in iterable)))
            self._flush()
            return result
        batches = ((batch,) for batch in _get_tasks(func, iterable, chunksize))
        self._feeds.append(self._feed(result, mp_pool.mapstar, batches))
        self._flush()
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        for process in self._pool:
            process.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        while self._state == CLOSE and self._cache:
            self._pump()
        if self._state == CLOSE:
            for _ in self._pool:
                self._outbox.append(STOP)
            while self._outbox:
                self._pump()
        for process in self._pool:
            process.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()
