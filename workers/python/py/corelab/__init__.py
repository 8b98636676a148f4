"""Corelab's multiprocessing for the browser.

Each process is a CPython interpreter in a Web Worker of its own. This package gives CPython's
own ``multiprocessing`` a start method for that world (``spawn``, the only one a browser can do)
and the primitives it needs, built on shared memory instead of the operating system's pipes,
semaphores and ``fork``. What the browser cannot do is refused with a sentence saying why.
"""

_installed = False


def install():
    """Make ``import multiprocessing`` and ``ProcessPoolExecutor`` use the browser's processes."""
    global _installed
    if _installed:
        return
    from . import context, futures, refusals

    refusals.install()
    context.install()
    futures.install()
    _installed = True
