"""The JavaScript side (workers/python/pythonApi.ts), and the waits built on it.

Every wait is a loop of short waits in JavaScript, so that Stop (a ``KeyboardInterrupt``)
reaches a program blocked in ``pool.map`` or ``queue.get`` within one slice.
"""

import time

import _corelab_js
from pyodide.ffi import to_js

SLICE_MS = 50


class _Api:
    """``_corelab_js``, each attribute read once. Reading an attribute of a JavaScript object
    makes a new proxy every time: about 4 µs here, where calling a kept function takes 1.5 µs,
    and a ``Pool.apply`` round trip or a ``Lock`` makes several such calls. Everything the
    module holds is fixed for the life of the process, so keeping it is safe."""

    def __getattr__(self, name):
        value = getattr(_corelab_js, name)
        setattr(self, name, value)
        return value


api = _Api()


def require_processes(what):
    if not api.isolated:
        raise RuntimeError(
            f"cannot {what}: processes need SharedArrayBuffer, which this browser does not "
            "give this page (see the Environment panel for why)"
        )


def deadline(timeout):
    return None if timeout is None else time.monotonic() + max(timeout, 0)


def slice_ms(until):
    """The next wait: one slice, or what is left before ``until`` (0 when it passed)."""
    if until is None:
        return SLICE_MS
    return max(0, min(SLICE_MS, (until - time.monotonic()) * 1000))


def as_js_bytes(data):
    return to_js(memoryview(data))
