"""A start method for the browser, plugged into CPython's own ``multiprocessing``.

CPython picks a *context* per start method (fork, spawn, forkserver); each has a ``Process``
class whose ``_Popen`` starts the child. Here ``spawn`` starts a Web Worker with a fresh
interpreter (through the page), and ``fork`` and ``forkserver`` are refused: a browser tab has
no ``fork()``. Everything else (process names, ``daemon``, ``join``, ``exitcode``, the
``__main__`` guard check) is CPython's own code.
"""

import io
import os

import multiprocessing
import multiprocessing.pool
from multiprocessing import context as mp_context
from multiprocessing import process, reduction, spawn

from .js import api, as_js_bytes, deadline, require_processes, slice_ms


class BrowserPopen:
    """Starts a process the way ``spawn`` does: pickle what the child needs, and let it import
    ``__main__`` again. CPython sends the pickle down a pipe to a new ``python`` process; here it
    goes with the page's request for a new worker."""

    method = "spawn"

    def __init__(self, process_obj):
        require_processes("start a process")
        preparation = spawn.get_preparation_data(process_obj._name)
        payload = io.BytesIO()
        mp_context.set_spawning_popen(self)
        try:
            reduction.dump(preparation, payload)
            reduction.dump(process_obj, payload)
        finally:
            mp_context.set_spawning_popen(None)
        self.returncode = None
        self.finalizer = None
        self.pid = api.spawn(as_js_bytes(payload.getvalue()))
        self.sentinel = self.pid

    def duplicate_for_child(self, handle):
        return handle

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = api.exitCode(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        until = deadline(timeout)
        while self.poll() is None:
            wait = slice_ms(until)
            if wait == 0:
                return None
            api.waitExit(self.pid, wait)
        return self.returncode

    def terminate(self):
        if self.poll() is None:
            api.terminate(self.pid)

    kill = terminate

    def close(self):
        pass


class SpawnProcess(process.BaseProcess):
    _start_method = "spawn"

    @staticmethod
    def _Popen(process_obj):
        return BrowserPopen(process_obj)

    @staticmethod
    def _after_fork():
        pass


class BrowserFactories:
    """What a context makes, built on the browser's shared memory instead of the OS's."""

    def cpu_count(self):
        return api.cpuCount

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool

        return Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def Pipe(self, duplex=True):
        from .connection import Pipe

        return Pipe(duplex)

    def Queue(self, maxsize=0):
        from .connection import Queue

        return Queue(maxsize)

    def SimpleQueue(self):
        from .connection import SimpleQueue

        return SimpleQueue()

    def Lock(self):
        from .synchronize import Lock

        return Lock()

    def RLock(self):
        from .synchronize import RLock

        return RLock()

    def Semaphore(self, value=1):
        from .synchronize import Semaphore

        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore

        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event

        return Event()

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value

        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array

        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue

        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray

        return RawArray(typecode_or_type, size_or_initializer)

    def _not_here(self, name, instead):
        raise NotImplementedError(f"Corelab's multiprocessing has no {name}: {instead}")

    def Manager(self):
        self._not_here("Manager (it needs a server process and sockets)", "use Queue, Value or Array")

    def Condition(self, lock=None):
        self._not_here("Condition", "use an Event, a Queue or a Lock")

    def Barrier(self, parties, action=None, timeout=None):
        self._not_here("Barrier", "use a Queue to collect one message per process")

    def JoinableQueue(self, maxsize=0):
        self._not_here("JoinableQueue", "use a Queue and count the results you get back")


class BrowserSpawnContext(BrowserFactories, mp_context.BaseContext):
    _name = "spawn"
    Process = SpawnProcess


class BrowserDefaultContext(BrowserFactories, mp_context.DefaultContext):
    pass


class NoForkContext(mp_context.BaseContext):
    """``fork`` and ``forkserver``: named, so the refusal says why."""

    def __init__(self, name):
        self._name = name

    def _check_available(self):
        raise ValueError(
            f"cannot use the {self._name!r} start method here: a browser tab cannot fork() a "
            "process, so Corelab's CPython starts every process with 'spawn' (a fresh "
            "interpreter in a new Web Worker)"
        )


def install():
    spawn_context = BrowserSpawnContext()
    mp_context._concrete_contexts = {
        "spawn": spawn_context,
        "fork": NoForkContext("fork"),
        "forkserver": NoForkContext("forkserver"),
    }
    default = BrowserDefaultContext(spawn_context)
    mp_context._default_context = default
    for name in multiprocessing.__all__:
        setattr(multiprocessing, name, getattr(default, name))
    spawn.get_start_method = default.get_start_method
    spawn.set_start_method = default.set_start_method
    # Pool workers and helpers look these up in their modules, not on the package.
    from . import pool

    multiprocessing.pool.Pool = pool.Pool
    # The cores the browser reports, where Pyodide says 1 (it has no threads of its own).
    os.cpu_count = os.process_cpu_count = lambda: api.cpuCount
    os.getpid = lambda: api.pid
