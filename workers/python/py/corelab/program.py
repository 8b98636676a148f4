"""Running the reader's script: as ``__main__`` in the main process, as ``__mp_main__`` in each
process it starts (what ``spawn`` does), with the exit code and traceback CPython would give."""

import io
import runpy
import sys
import traceback

from multiprocessing import process, reduction, spawn, util


def run_main(path):
    """``python path``: returns (exit code, the script's line an uncaught exception came from)."""
    sys.argv = [path]
    try:
        runpy.run_path(path, run_name="__main__")
        util._exit_function()
        return 0, None
    except SystemExit as stop:
        return _exit_code(stop), None
    except BaseException as error:  # KeyboardInterrupt too: Python prints it and exits.
        _print_traceback(error, path)
        return (130 if isinstance(error, KeyboardInterrupt) else 1), _script_line(error, path)
    finally:
        _end_children()
        sys.stdout.flush()
        sys.stderr.flush()


def run_child(payload):
    """A spawned process: CPython's ``spawn._main``, reading its pickle from ``payload``."""
    stream = io.BytesIO(payload.to_bytes())
    current = process.current_process()
    current._inheriting = True
    preparation = {}
    try:
        preparation = reduction.pickle.load(stream)
        spawn.prepare(preparation)
        process_obj = reduction.pickle.load(stream)
    except BaseException as error:
        _print_traceback(error, preparation.get("init_main_from_path"))
        return 1, None
    finally:
        del current._inheriting
    try:
        return process_obj._bootstrap(), None
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def _exit_code(stop):
    if stop.code is None:
        return 0
    if isinstance(stop.code, int):
        return stop.code
    print(stop.code, file=sys.stderr)
    return 1


def _end_children():
    """What the OS does when a program ends: its processes go with it."""
    for child in process.active_children():
        child.terminate()


def _print_traceback(error, path):
    """The traceback ``python script.py`` prints: from the script's first frame, not runpy's."""
    tb = error.__traceback__
    while tb is not None and path is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    traceback.print_exception(type(error), error, tb or error.__traceback__)


def _script_line(error, path):
    line = None
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == path:
            line = lineno
    return line
