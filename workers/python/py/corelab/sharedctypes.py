"""``Value`` and ``Array``: numbers in shared memory that every process reads and writes.

``v.value += 1`` is a read, then a write: two processes can interleave between them and lose an
update, exactly as in CPython. ``with v.get_lock():`` makes the pair one step.
"""

from multiprocessing import context

from .js import api, require_processes
from .synchronize import RLock, _rebuild

# ctypes names and array typecodes, as the shared storage knows them (wasm32: a C long is 4 bytes).
_TYPECODES = {
    "c_bool": "?", "c_char": "c", "c_byte": "b", "c_ubyte": "B", "c_short": "h",
    "c_ushort": "H", "c_int": "i", "c_uint": "I", "c_long": "l", "c_ulong": "L",
    "c_longlong": "q", "c_ulonglong": "Q", "c_float": "f", "c_double": "d",
}  # fmt: skip


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str):
        code = typecode_or_type
    else:
        code = _TYPECODES.get(getattr(typecode_or_type, "__name__", ""), "")
    if code not in _TYPECODES.values():
        raise TypeError(f"Corelab's shared memory does not hold {typecode_or_type!r}")
    return code


def _to_python(code, raw):
    if code == "c":
        return bytes([raw])
    if code == "?":
        return bool(raw)
    return raw


def _to_storage(code, value):
    if code == "c":
        return value[0]
    return int(value) if code not in "fd" else float(value)


class RawArray:
    """Shared storage with no lock: ``a[i]``, ``a[i] = x``, slices, ``len(a)``."""

    def __init__(self, typecode_or_type, size_or_initializer):
        require_processes("create shared memory")
        self._code = _typecode(typecode_or_type)
        initial = None if isinstance(size_or_initializer, int) else list(size_or_initializer)
        self._length = size_or_initializer if initial is None else len(initial)
        self._id = api.newArray(self._code, self._length)
        for index, value in enumerate(initial or ()):
            self[index] = value

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild, (type(self), self.__dict__)

    def __len__(self):
        return self._length

    def _index(self, index):
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("invalid index")
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        return _to_python(self._code, api.arrayGet(self._id, self._code, self._index(index)))

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            for i, item in zip(range(*index.indices(self._length)), value, strict=True):
                self[i] = item
            return
        api.arraySet(self._id, self._code, self._index(index), _to_storage(self._code, value))

    def __iter__(self):
        return (self[i] for i in range(self._length))

    def __repr__(self):
        return f"<RawArray {self._code!r} {list(self)!r}>"


class RawValue(RawArray):
    """One shared number: ``v.value``."""

    def __init__(self, typecode_or_type, *args):
        super().__init__(typecode_or_type, [args[0] if args else 0])

    @property
    def value(self):
        return self[0]

    @value.setter
    def value(self, new):
        self[0] = new

    def __repr__(self):
        return f"<RawValue {self._code!r} {self.value!r}>"


class _Synchronized:
    """What ``Value`` and ``Array`` return: the storage and its lock (``get_lock``)."""

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __reduce__(self):
        context.assert_spawning(self)
        return type(self), (self._obj, self._lock)


class Synchronized(_Synchronized):
    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, new):
        self._obj.value = new

    def __repr__(self):
        return f"<Synchronized wrapper for {self._obj.value!r}>"


class SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, index):
        return self._obj[index]

    def __setitem__(self, index, value):
        self._obj[index] = value

    def __iter__(self):
        return iter(self._obj)

    def __repr__(self):
        return f"<SynchronizedArray wrapper for {list(self._obj)!r}>"


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, RLock() if lock is True or lock is None else lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, RLock() if lock is True or lock is None else lock)
