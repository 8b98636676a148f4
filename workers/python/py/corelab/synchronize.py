"""Locks, semaphores and events shared between processes (workers/python/sharedObjects.ts).

As in CPython, they are shared by inheritance only: passed to ``Process`` or ``Pool`` when it
starts, never sent through a queue.
"""

from multiprocessing import context

from .js import api, deadline, require_processes, slice_ms


class Semaphore:
    """``multiprocessing.Semaphore``: ``acquire(block=True, timeout=None)``, ``release()``."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        require_processes(f"create a {type(self).__name__}")
        self._id = api.newSemaphore(value)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (type(self), self.__dict__)

    def _take(self, ms):
        return api.semAcquire(self._id, ms)

    def acquire(self, block=True, timeout=None):
        until = deadline(timeout if block else 0)
        while not self._take(slice_ms(until)):
            if slice_ms(until) == 0:
                return False
        return True

    def release(self):
        api.semRelease(self._id)

    def get_value(self):
        return api.semValue(self._id)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return f"<{type(self).__name__}(value={self.get_value()})>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        super().__init__(value)
        self._bound = value

    def release(self):
        if self.get_value() >= self._bound:
            raise ValueError("semaphore or lock released too many times")
        super().release()


class Lock(BoundedSemaphore):
    """``multiprocessing.Lock``: a semaphore of one, which any process may release."""

    def __init__(self, *, ctx=None):
        super().__init__(1)

    def __repr__(self):
        return f"<Lock({'unlocked' if self.get_value() else 'locked'})>"


class RLock(Semaphore):
    """``multiprocessing.RLock``: held by one process, which may take it again."""

    def __init__(self, *, ctx=None):
        super().__init__(1)

    def _take(self, ms):
        return api.semAcquireOwned(self._id, ms)

    def release(self):
        if not api.semReleaseOwned(self._id):
            raise AssertionError("attempt to release recursive lock not owned by thread")

    def __repr__(self):
        return f"<RLock({'unowned' if self.get_value() else 'owned'})>"


class Event:
    """``multiprocessing.Event``: ``set``, ``clear``, ``is_set``, ``wait(timeout=None)``."""

    def __init__(self, *, ctx=None):
        require_processes("create an Event")
        self._flag = api.newSemaphore(0)

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (type(self), self.__dict__)

    def is_set(self):
        return api.semValue(self._flag) > 0

    def set(self):
        if not self.is_set():
            api.semRelease(self._flag)

    def clear(self):
        while api.semAcquire(self._flag, 0):
            pass

    def wait(self, timeout=None):
        until = deadline(timeout)
        while not self.is_set():
            wait = slice_ms(until)
            if wait == 0:
                return False
            if api.semAcquire(self._flag, wait):
                api.semRelease(self._flag)
        return True


def _rebuild(cls, state):
    rebuilt = cls.__new__(cls)
    rebuilt.__dict__.update(state)
    return rebuilt
