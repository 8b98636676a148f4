"""Pipes and queues between processes, over shared-memory rings (workers/python/sharedPipe.ts).

A message is its ``pickle`` bytes, as in CPython: what cannot be pickled cannot be sent, with
CPython's own error. Writing blocks while the ring is full; reading blocks until a message
comes; both keep checking for Stop. A message longer than the ring streams through it while
its reader reads, as through an OS pipe.
"""

import queue
import time

from multiprocessing import context, reduction

from .js import api, as_js_bytes, deadline, require_processes, slice_ms

PIPE_BYTES = 1 << 20


def new_pipe():
    require_processes("create a pipe")
    return api.newPipe(PIPE_BYTES)


def write(pipe, data, timeout=None, resumable=False):
    """Writes ``data`` whole; False when ``timeout`` passed first.

    A message longer than the ring holds the pipe from its first bytes to its last, so it is
    written to the end whatever the timeout, unless the caller is ``resumable`` and offers the
    same bytes again until this returns True (the pool's task queue does, between results).
    """
    message = as_js_bytes(data)
    until = deadline(None if streams(data) and not resumable else timeout)
    while not api.pipeWrite(pipe, message):
        wait = slice_ms(until)
        if wait == 0:
            return False
        api.pipeWaitWritable(pipe, wait)
    return True


def streams(data):
    """Whether a message is longer than the ring (4 bytes of it are its length)."""
    return len(data) + 4 > PIPE_BYTES


def read(pipe, timeout=None):
    """The next message's bytes, or None when ``timeout`` passed first."""
    until = deadline(timeout)
    while (message := api.pipeRead(pipe, slice_ms(until))) is None:
        if slice_ms(until) == 0:
            return None
    return message.to_bytes()


class Connection:
    """One end of a ``Pipe()``: ``send``/``recv`` pickled objects, or raw bytes."""

    def __init__(self, reads, writes):
        self._reads = reads
        self._writes = writes
        self._closed = False

    def __reduce__(self):
        context.assert_spawning(self)
        return Connection, (self._reads, self._writes)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._reads is not None

    @property
    def writable(self):
        return self._writes is not None

    def _check(self, readable=False, writable=False):
        if self._closed:
            raise OSError("handle is closed")
        if readable and self._reads is None:
            raise OSError("connection is write-only")
        if writable and self._writes is None:
            raise OSError("connection is read-only")

    def send_bytes(self, buf, offset=0, size=None):
        self._check(writable=True)
        data = bytes(memoryview(buf)[offset : None if size is None else offset + size])
        write(self._writes, data)

    def send(self, obj):
        self._check(writable=True)
        write(self._writes, reduction.ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check(readable=True)
        data = read(self._reads)
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def recv(self):
        self._check(readable=True)
        return reduction.ForkingPickler.loads(read(self._reads))

    def poll(self, timeout=0.0):
        self._check(readable=True)
        until = deadline(timeout)
        while not api.pipeReadable(self._reads):
            wait = slice_ms(until)
            if wait == 0:
                return False
            api.pipeWaitReadable(self._reads, wait)
        return True

    def fileno(self):
        raise OSError("a Corelab pipe has no file descriptor: it is shared memory, not an OS pipe")

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """Two connected ends, as ``multiprocessing.Pipe``: ``(reader, writer)`` when not duplex."""
    forward = new_pipe()
    if not duplex:
        return Connection(forward, None), Connection(None, forward)
    backward = new_pipe()
    return Connection(forward, backward), Connection(backward, forward)


class Queue:
    """``multiprocessing.Queue``: many processes put, many get, each object once.

    CPython's ``put`` hands the object to a feeder thread and returns; here it writes the pickle
    into shared memory itself, so a full pipe makes ``put`` wait where CPython's feeder would.
    """

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 0
        self._pipe = new_pipe()
        self._count = api.newSemaphore(0)
        self._room = api.newSemaphore(self._maxsize) if self._maxsize else None
        self._closed = False

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_queue, (type(self), self._maxsize, self._pipe, self._count, self._room)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = reduction.ForkingPickler.dumps(obj)
        until = deadline(timeout if block else 0)
        if self._room is not None and not _acquire(self._room, until):
            raise queue.Full
        if streams(data):
            # Longer than the ring: a getter must be reading while it is written, so it is
            # counted first, and then written to the end.
            api.semRelease(self._count)
            write(self._pipe, data)
            return
        if not write(self._pipe, data, None if until is None else until - time.monotonic()):
            raise queue.Full
        api.semRelease(self._count)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        until = deadline(timeout if block else 0)
        if not _acquire(self._count, until):
            raise queue.Empty
        data = read(self._pipe)
        if self._room is not None:
            api.semRelease(self._room)
        return reduction.ForkingPickler.loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return api.semValue(self._count)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._room is not None and api.semValue(self._room) == 0

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue(Queue):
    """``multiprocessing.SimpleQueue``: ``put``, ``get``, ``empty``, ``close``."""

    def __init__(self, *, ctx=None):
        super().__init__(0)


def _rebuild_queue(cls, maxsize, pipe, count, room):
    rebuilt = cls.__new__(cls)
    rebuilt._maxsize, rebuilt._pipe, rebuilt._count, rebuilt._room = maxsize, pipe, count, room
    rebuilt._closed = False
    return rebuilt


def _acquire(semaphore, until):
    while not api.semAcquire(semaphore, slice_ms(until)):
        if slice_ms(until) == 0:
            return False
    return True
