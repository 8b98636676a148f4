"""The JavaScript side (workers/python/pythonApi.ts), and the waits built on it.

Every wait is a loop of short waits in JavaScript, so that Stop (a ``KeyboardInterrupt``)
reaches a program blocked in ``pool.map`` or ``queue.get`` within one slice.
"""

import time

import _corelab_js as api
from pyodide.ffi import to_js

SLICE_MS = 50


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
