"""The results a ``Pool`` call returns: CPython's own classes (``multiprocessing.pool``), made to
wait by pumping their pool, since no thread of this interpreter fills them meanwhile."""

from multiprocessing import TimeoutError
from multiprocessing import pool as mp_pool

from .js import deadline, slice_ms


class _Pumped:
    """A result that waits by pumping its pool, since no thread will fill it meanwhile. Each kind
    defines ``_set_failed(error)``: the pool broke, and the job ends with ``error``."""

    def __init__(self, pool, *args, **kwargs):
        self._owner = pool
        super().__init__(pool, *args, **kwargs)

    def _wait_for(self, done, timeout):
        until = deadline(timeout)
        while not done():
            if until is not None and slice_ms(until) == 0:
                return False
            self._owner._pump(until)
        return True


class ApplyResult(_Pumped, mp_pool.ApplyResult):
    def wait(self, timeout=None):
        self._wait_for(self.ready, timeout)

    def _set_failed(self, error):
        self._set(0, (False, error))


class MapResult(_Pumped, mp_pool.MapResult):
    def wait(self, timeout=None):
        self._wait_for(self.ready, timeout)

    def _set_failed(self, error):
        self._number_left = 1
        self._success = True
        self._set(0, (False, error))


class IMapIterator(_Pumped, mp_pool.IMapIterator):
    def next(self, timeout=None):
        def arrived():
            return bool(self._items) or self._index == self._length

        if not self._wait_for(arrived, timeout):
            raise TimeoutError from None
        if not self._items:
            raise StopIteration from None
        success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _set_failed(self, error):
        self._items.append((False, error))
        self._length = self._index
        self._cache.pop(self._job, None)


class IMapUnorderedIterator(IMapIterator, mp_pool.IMapUnorderedIterator):
    pass


