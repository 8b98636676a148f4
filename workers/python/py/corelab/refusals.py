"""What this Python cannot do in a browser tab, refused with one sentence each, and where the
lesson's browser twin shows the idea instead."""

import importlib.abc
import sys
import threading

THREADS = (
    "can't start new thread: this CPython runs in WebAssembly in one Web Worker, which has no "
    "threads of its own. The GIL lesson shows threads taking turns on a GIL with Web Workers; "
    "for parallel work here, use multiprocessing (each process is a worker)."
)

PACKAGES = {
    "numpy": "NumPy is not in this Python (the standard library only). The vectorization lesson's "
    "WebAssembly SIMD cells are its twin in the browser.",
    "cupy": "CuPy needs an NVIDIA GPU. The GPUs lesson's WebGPU cells are its twin in the browser.",
    "jax": "JAX is not in this Python. The GPUs lesson's WebGPU cells are its twin in the browser.",
    "numba": "Numba compiles to machine code, which a browser cannot load. The vectorization "
    "lesson's WebAssembly cells (compiled ahead of time) are its twin in the browser.",
}


class _Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in PACKAGES:
            raise ModuleNotFoundError(f"No module named {top!r}: {PACKAGES[top]}", name=top)
        return None


def _refuse_thread(self):
    raise RuntimeError(THREADS)


def install():
    sys.meta_path.insert(0, _Refuse())
    threading.Thread.start = _refuse_thread
